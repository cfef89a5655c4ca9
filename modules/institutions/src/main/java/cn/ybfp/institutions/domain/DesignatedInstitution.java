package cn.ybfp.institutions.domain;

import cn.ybfp.institutions.api.Institution;
import cn.ybfp.kernel.DivisionCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.envers.Audited;

/**
 * A designated medical institution (定点医疗机构) as the province keeps it: its national code, name, level, county,
 * whether it serves medical assistance (吉政办发〔2022〕16号 七（十二）: 医疗救助定点机构), its agreement's days, and the
 * hospital system bound to it. Every change is kept (Envers).
 */
@Entity
@Audited
@Table(name = "designated_institution")
public class DesignatedInstitution {

    @Id
    @Column(length = 12)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private int level;

    @Column(name = "county_code", nullable = false, length = 6, updatable = false)
    private String countyCode;

    @Column(name = "assistance_designated", nullable = false)
    private boolean assistanceDesignated;

    @Column(name = "agreement_from", nullable = false)
    private LocalDate agreementFrom;

    @Column(name = "agreement_to")
    private LocalDate agreementTo;

    @Column(name = "api_client", length = 64)
    private String apiClient;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Version
    private long version;

    protected DesignatedInstitution() {}

    public DesignatedInstitution(String code, Terms terms, String by, LocalDateTime at) {
        this.code = code;
        this.countyCode = InstitutionCode.county(code);
        change(terms, by, at);
    }

    /** What the province may change: everything but the code and its county. */
    public record Terms(
            String name,
            int level,
            boolean assistanceDesignated,
            LocalDate agreementFrom,
            LocalDate agreementTo,
            String apiClient) {}

    public void change(Terms terms, String by, LocalDateTime at) {
        this.name = terms.name();
        this.level = terms.level();
        this.assistanceDesignated = terms.assistanceDesignated();
        this.agreementFrom = terms.agreementFrom();
        this.agreementTo = terms.agreementTo();
        this.apiClient = terms.apiClient();
        this.changedBy = by;
        this.changedAt = at;
    }

    public Institution view() {
        return new Institution(
                code,
                name,
                level,
                DivisionCode.of(countyCode),
                assistanceDesignated,
                agreementFrom,
                agreementTo,
                apiClient);
    }

    public String code() {
        return code;
    }

    public String countyCode() {
        return countyCode;
    }

    public String changedBy() {
        return changedBy;
    }

    public LocalDateTime changedAt() {
        return changedAt;
    }

    public long version() {
        return version;
    }
}
