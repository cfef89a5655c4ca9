package cn.ybfp.register.domain;

import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.ResidentId;
import cn.ybfp.kernel.Sex;
import cn.ybfp.register.api.PersonStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

/**
 * A person in the register (参保人 / 救助对象), one per resident ID number. Birth date and sex come from the number and
 * never from a form. Every change is kept by Envers; {@code version} refuses the second of two concurrent edits.
 */
@Entity
@Table(name = "person")
@Audited
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @Column(name = "id_number", nullable = false, unique = true, length = 18, updatable = false)
    private String idNumber;

    @Column(name = "name", nullable = false, length = 50)
    private String name;

    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "birth_date", nullable = false, updatable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false, length = 6, updatable = false)
    private Sex sex;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @Column(name = "relation_to_head", length = 20)
    private String relationToHead;

    @Column(name = "township_code", nullable = false, length = 9)
    private String townshipCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private PersonStatus status = PersonStatus.NORMAL;

    @Column(name = "status_date")
    private LocalDate statusDate;

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("validFrom")
    private List<CategoryMembership> memberships = new ArrayList<>();

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL)
    @OrderBy("year")
    private List<Enrolment> enrolments = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Person() {}

    public Person(
            ResidentId residentId,
            String name,
            String phone,
            DivisionCode township,
            long householdId,
            String relationToHead) {
        this.idNumber = residentId.value();
        this.birthDate = residentId.birthDate();
        this.sex = residentId.sex();
        this.householdId = householdId;
        this.townshipCode = township.value();
        update(name, phone, relationToHead);
    }

    public void update(String name, String phone, String relationToHead) {
        this.name = name;
        this.phone = phone;
        this.relationToHead = relationToHead;
    }

    /** Deceased or moved out; the date says since when. */
    public void changeStatus(PersonStatus status, LocalDate since) {
        this.status = status;
        this.statusDate = status == PersonStatus.NORMAL ? null : since;
    }

    public CategoryMembership addMembership(CategoryMembership membership) {
        memberships.add(membership);
        return membership;
    }

    public Enrolment addEnrolment(Enrolment enrolment) {
        enrolments.add(enrolment);
        return enrolment;
    }

    public List<CategorySpan> spans() {
        return memberships.stream()
                .filter(CategoryMembership::inForce)
                .map(CategoryMembership::span)
                .toList();
    }

    public Long id() {
        return id;
    }

    public ResidentId residentId() {
        return ResidentId.parse(idNumber);
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    public long householdId() {
        return householdId;
    }

    public String relationToHead() {
        return relationToHead;
    }

    public DivisionCode township() {
        return DivisionCode.of(townshipCode);
    }

    public PersonStatus status() {
        return status;
    }

    public LocalDate statusDate() {
        return statusDate;
    }

    public List<CategoryMembership> memberships() {
        return List.copyOf(memberships);
    }

    public List<Enrolment> enrolments() {
        return List.copyOf(enrolments);
    }

    public long version() {
        return version;
    }
}
