package cn.ybfp.applications.domain;

import cn.ybfp.kernel.AssistanceCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** 身份认定: the category the county's civil-affairs clerk granted, by which decision, for when, and who. */
@Embeddable
public record Determination(
        @Enumerated(EnumType.STRING) @Column(name = "granted_category", length = 30)
        AssistanceCategory category,

        @Column(name = "decision_document", length = 60) String document,
        @Column(name = "category_valid_from") LocalDate validFrom,
        @Column(name = "category_valid_to") LocalDate validTo,
        @Column(name = "determined_by", length = 64) String determinedBy) {}
