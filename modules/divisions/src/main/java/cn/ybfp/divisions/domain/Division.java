package cn.ybfp.divisions.domain;

import cn.ybfp.divisions.api.DivisionView;
import cn.ybfp.kernel.DivisionCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An administrative division (行政区划); reference data, loaded by migration and read only by the portal. */
@Entity
@Table(name = "division")
public class Division {

    @Id
    @Column(name = "code", length = 9)
    private String code;

    @Column(name = "name", nullable = false, length = 64)
    private String name;

    @Column(name = "parent_code", length = 9)
    private String parentCode;

    protected Division() {
        // for JPA
    }

    public DivisionCode code() {
        return DivisionCode.of(code);
    }

    public String name() {
        return name;
    }

    public DivisionView toView() {
        DivisionCode divisionCode = code();
        return new DivisionView(
                divisionCode, name, divisionCode.level(), parentCode == null ? null : DivisionCode.of(parentCode));
    }
}
