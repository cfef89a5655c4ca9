package cn.ybfp.register.domain;

import cn.ybfp.kernel.DivisionCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A household (家庭 / 户): people sharing one household registration in one township, with its head (户主). */
@Entity
@Table(name = "household")
@Audited
public class Household {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_seq")
    @SequenceGenerator(name = "household_seq", sequenceName = "household_seq", allocationSize = 50)
    private Long id;

    @Column(name = "township_code", nullable = false, length = 9)
    private String townshipCode;

    @Column(name = "address", length = 200)
    private String address;

    @Column(name = "head_person_id")
    private Long headPersonId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Household() {}

    public Household(DivisionCode township, String address) {
        this.townshipCode = township.value();
        this.address = address;
    }

    public void headedBy(long personId) {
        this.headPersonId = personId;
    }

    public Long id() {
        return id;
    }

    public DivisionCode township() {
        return DivisionCode.of(townshipCode);
    }

    public String address() {
        return address;
    }

    public Long headPersonId() {
        return headPersonId;
    }
}
