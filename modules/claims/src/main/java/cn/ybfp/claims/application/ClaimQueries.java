package cn.ybfp.claims.application;

import cn.ybfp.claims.api.Bill;
import cn.ybfp.claims.api.ClaimFilter;
import cn.ybfp.claims.api.YearTotals;
import cn.ybfp.claims.domain.Scheme;
import cn.ybfp.claims.domain.SchemeRecords;
import cn.ybfp.claims.domain.SettledClaim;
import cn.ybfp.claims.domain.SettledClaims;
import cn.ybfp.claims.domain.StoredSchemes;
import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.BulkReads;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.PageOf;
import cn.ybfp.kernel.excel.XlsxTable;
import cn.ybfp.register.api.InsuredPerson;
import cn.ybfp.register.api.InsuredPersons;
import cn.ybfp.register.api.PersonRecordViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reading confirmed claims: lists, bills and a person's yearly accumulators, always within the caller's area. */
@ApplicationScoped
@Transactional
public class ClaimQueries {

    static final int PAGE_SIZE = 20;
    private static final int EXPORT_BATCH = 1000;

    @Inject
    SettledClaims claims;

    @Inject
    SchemeRecords schemes;

    @Inject
    StoredSchemes catalog;

    @Inject
    InsuredPersons persons;

    @Inject
    DivisionDirectory divisions;

    @Inject
    PersonRecordViews views;

    @Inject
    BulkReads bulkReads;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    public PageOf<ClaimDetail> search(Caller caller, ClaimFilter filter, int page) {
        Jurisdiction jurisdiction = Jurisdiction.of(caller);
        int current = Math.max(1, page);
        return new PageOf<>(
                claims.search(jurisdiction, filter, (current - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                        .map(ClaimDetail::of)
                        .toList(),
                current,
                PAGE_SIZE,
                claims.count(jurisdiction, filter));
    }

    /**
     * The standing claims settled on a booklet: when an audit withdraws it, they stay as they are and are listed for
     * recovery (云医保〔2020〕128号 二（四）).
     */
    public List<ClaimDetail> onBooklet(Caller caller, String bookletNumber) {
        return claims.onBooklet(Jurisdiction.of(caller), bookletNumber).stream()
                .map(ClaimDetail::of)
                .toList();
    }

    public Optional<BillView> bill(Caller caller, long id) {
        return bill(caller, id, "结算单 ");
    }

    /** The bill to print as an A4 PDF (the download of the bill page); the view log tells it from a page view. */
    public Optional<BillView> billToPrint(Caller caller, long id) {
        Optional<BillView> bill = bill(caller, id, "结算单 PDF ");
        bill.ifPresent(b -> bulkReads.record(caller, "结算单 PDF " + b.claim().claimNumber(), "", 1));
        return bill;
    }

    private Optional<BillView> bill(Caller caller, long id, String viewed) {
        return claims.find(Jurisdiction.of(caller), id).map(claim -> {
            views.viewed(caller, claim.personId(), viewed + claim.claimNumber());
            return new BillView(ClaimDetail.of(claim), townshipOf(claim), bureauOf(claim));
        });
    }

    private String townshipOf(SettledClaim claim) {
        return divisions.nameOf(DivisionCode.of(claim.townshipCode()));
    }

    /** The bill's header: the county's healthcare security bureau. */
    private String bureauOf(SettledClaim claim) {
        return divisions.nameOf(DivisionCode.of(claim.townshipCode()).parent().orElseThrow()) + "医疗保障局";
    }

    /** The form to correct a reversed claim of the caller's area; empty when there is no such reversed claim. */
    public Optional<CorrectionDraft> correctionOf(Caller caller, long reversedId) {
        Jurisdiction jurisdiction = Jurisdiction.of(caller);
        return claims.find(jurisdiction, reversedId)
                .filter(SettledClaim::isReversed)
                .flatMap(claim -> persons.find(jurisdiction, claim.personId(), LocalDate.now(clock))
                        .map(person -> CorrectionDraft.of(person.residentId().value(), claim)));
    }

    /**
     * A person's accumulators of one year (基本医保已支付、大病保险累计、救助已用额度、起付线), with the claims behind
     * them. Empty when the person is outside the caller's area.
     */
    public Optional<YearAccountView> account(Caller caller, long personId, int year) {
        Jurisdiction jurisdiction = Jurisdiction.of(caller);
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = LocalDate.of(year, 12, 31).isAfter(today) ? today : LocalDate.of(year, 12, 31);
        return persons.find(jurisdiction, personId, asOf).map(person -> {
            views.viewed(caller, personId, "年度结算累计 " + year);
            List<SettledClaim> ofYear = claims.ofPersonYear(jurisdiction, personId, year);
            YearTotals totals = ofYear.stream()
                    .filter(c -> !c.isReversed())
                    .map(SettledClaim::change)
                    .reduce(YearTotals.NONE, YearTotals::plus);
            return new YearAccountView(
                    person,
                    year,
                    totals,
                    limits(person, year, ofYear),
                    ofYear.stream().map(ClaimDetail::of).toList());
        });
    }

    /** The caps that apply, from the scheme and class of the latest standing claim (none before a first claim). */
    private YearAccountView.Limits limits(InsuredPerson person, int year, List<SettledClaim> ofYear) {
        return ofYear.stream()
                .filter(c -> !c.isReversed())
                .reduce((a, b) -> b)
                .flatMap(latest -> schemes.find(latest.schemeId()).map(record -> {
                    Scheme scheme = catalog.scheme(record);
                    var rules = latest.assistanceClass() == null
                            ? null
                            : scheme.assistance().classes().get(latest.assistanceClass());
                    return new YearAccountView.Limits(
                            record.name(),
                            latest.assistanceClass(),
                            scheme.basic().inpatient().yearlyCap(),
                            rules == null ? null : rules.deductible(),
                            rules == null ? null : rules.yearlyLimit());
                }))
                .orElse(null);
    }

    /** The list as .xlsx, the same filter and area as the page; ID numbers stay masked. */
    public void writeXlsx(Caller caller, ClaimFilter filter, OutputStream out) throws IOException {
        Jurisdiction jurisdiction = Jurisdiction.of(caller);
        long rows = 0;
        try (XlsxTable table = new XlsxTable(
                "结算单",
                "结算单号",
                "姓名",
                "身份证号",
                "乡镇（街道）",
                "费用类别",
                "出院（就诊）日期",
                "医疗机构",
                "方案",
                "救助类别",
                "总费用",
                "政策范围内费用",
                "基本医保",
                "大病保险",
                "医疗救助",
                "倾斜救助",
                "医院减免",
                "商业补充保险",
                "再救助",
                "个人自付",
                "状态",
                "结算人",
                "结算时间")) {
            for (int offset = 0; ; offset += EXPORT_BATCH) {
                List<SettledClaim> batch = claims.search(jurisdiction, filter, offset, EXPORT_BATCH);
                rows += batch.size();
                for (SettledClaim c : batch) {
                    Bill bill = c.bill();
                    table.addRow(
                            c.claimNumber(),
                            c.personName(),
                            c.idNumberMasked(),
                            c.townshipCode(),
                            c.kind().label(),
                            c.claimDate(),
                            c.hospital(),
                            c.schemeId(),
                            c.assistanceClass() == null ? "" : c.assistanceClass() + "类",
                            c.totalCost(),
                            bill.inPolicy(),
                            bill.basic(),
                            bill.criticalIllness(),
                            bill.assistance(),
                            bill.tiltedAssistance(),
                            bill.hospitalReduction(),
                            bill.supplementaryInsurance(),
                            bill.reassistance(),
                            bill.personalPayment(),
                            c.isReversed() ? "已冲正" : "已结算",
                            c.settledBy(),
                            c.settledAt());
                }
                if (batch.size() < EXPORT_BATCH) {
                    break;
                }
            }
            table.write(out);
        }
        bulkReads.record(caller, "结算单名单", filter.toString(), rows);
    }
}
