package cn.ybfp.register.domain;

import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.register.api.Department;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A category a department recognised for a person, with its decision document and validity (身份认定). */
@Entity
@Table(name = "category_membership")
@Audited
public class CategoryMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_seq")
    @SequenceGenerator(name = "membership_seq", sequenceName = "membership_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 30)
    private AssistanceCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "department", nullable = false, length = 30)
    private Department department;

    @Column(name = "document_number", length = 60)
    private String documentNumber;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    /** The clerk who entered it by hand, while it waits for a second county clerk; null when in force. */
    @Column(name = "pending_by", length = 64)
    private String pendingBy;

    protected CategoryMembership() {}

    public CategoryMembership(
            Person person,
            AssistanceCategory category,
            Department department,
            String documentNumber,
            LocalDate validFrom,
            LocalDate validTo) {
        this.person = person;
        this.category = category;
        this.department = department;
        this.documentNumber = documentNumber;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** Entered by hand by {@code clerk}: it counts for nothing until another county clerk confirms it. */
    public CategoryMembership pendingFor(String clerk) {
        this.pendingBy = clerk;
        return this;
    }

    /** A second clerk confirmed it: from now on it counts. History keeps who confirmed, and when. */
    public void confirm() {
        this.pendingBy = null;
    }

    public boolean inForce() {
        return pendingBy == null;
    }

    /** Who entered it, while it is pending; null when in force. */
    public String pendingBy() {
        return pendingBy;
    }

    /** Ends the membership (a category that lapses or is withdrawn); history keeps the open-ended version. */
    public void endOn(LocalDate date) {
        this.validTo = date;
    }

    public CategorySpan span() {
        return new CategorySpan(category, validFrom, validTo, documentNumber);
    }

    public Long id() {
        return id;
    }

    public AssistanceCategory category() {
        return category;
    }

    public Department department() {
        return department;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }
}
