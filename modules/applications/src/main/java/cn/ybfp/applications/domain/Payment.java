package cn.ybfp.applications.domain;

import cn.ybfp.applications.api.PaymentMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** 拨付: when, how and under which reference the assistance was paid; recorded once. */
@Embeddable
public record Payment(
        @Column(name = "paid_on") LocalDate paidOn,

        @Enumerated(EnumType.STRING) @Column(name = "payment_method", length = 30)
        PaymentMethod method,

        @Column(name = "payment_reference", length = 60) String reference) {}
