package cn.ybfp.booklets.domain;

import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.ResidentId;

/**
 * A person of the register as a recognition or booklet keeps them: the register's id, and the name, ID number and
 * township on the day, so that lists need not ask the register for every row (the ID number is shown masked).
 */
public record Patient(long personId, String name, ResidentId residentId, DivisionCode township) {}
