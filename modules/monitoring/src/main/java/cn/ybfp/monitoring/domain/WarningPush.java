package cn.ybfp.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One push of a county's new warnings to civil affairs and rural revitalisation (定期将预警监测数据推送同级民政、乡村振兴
 * 部门, 吉政办发〔2022〕16号 五（七）): the warnings it carried are marked with it, and its file can be downloaded again.
 */
@Entity
@Table(name = "warning_push")
public class WarningPush {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "warning_push_seq")
    @SequenceGenerator(name = "warning_push_seq", sequenceName = "warning_push_seq", allocationSize = 1)
    private Long id;

    @Column(name = "county_code", nullable = false, length = 6, updatable = false)
    private String countyCode;

    @Column(name = "pushed_on", nullable = false, updatable = false)
    private LocalDate pushedOn;

    @Column(name = "pushed_by", nullable = false, length = 64, updatable = false)
    private String pushedBy;

    @Column(name = "pushed_at", nullable = false, updatable = false)
    private LocalDateTime pushedAt;

    @Column(nullable = false)
    private int warnings;

    protected WarningPush() {}

    public WarningPush(String countyCode, String by, LocalDateTime at) {
        this.countyCode = countyCode;
        this.pushedOn = at.toLocalDate();
        this.pushedBy = by;
        this.pushedAt = at;
    }

    public void carried(int warnings) {
        this.warnings = warnings;
    }

    public Long id() {
        return id;
    }

    public String countyCode() {
        return countyCode;
    }

    public LocalDate pushedOn() {
        return pushedOn;
    }

    public String pushedBy() {
        return pushedBy;
    }

    public LocalDateTime pushedAt() {
        return pushedAt;
    }

    public int warnings() {
        return warnings;
    }
}
