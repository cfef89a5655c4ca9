package cn.ybfp.divisions.api;

import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.DivisionLevel;

/** A division as other modules and pages see it. */
public record DivisionView(DivisionCode code, String name, DivisionLevel level, DivisionCode parent) {}
