package cn.ybfp.register.infrastructure.exchange;

import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.InvalidResidentIdException;
import cn.ybfp.kernel.ResidentId;
import cn.ybfp.kernel.tables.TableDates;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The checks one row passes on its own, before it meets the register: a valid ID number, a known township inside
 * the uploader's jurisdiction, a known category, valid dates. The first failure is the reason the clerk sees.
 */
public final class RowCheck {

    private final Set<String> townships;
    private final Predicate<String> inJurisdiction;

    /** {@code townships}: every township code that exists; {@code inJurisdiction}: the uploader's scope. */
    public RowCheck(Set<String> townships, Predicate<String> inJurisdiction) {
        this.townships = townships;
        this.inJurisdiction = inJurisdiction;
    }

    public StagedRow check(ExchangeRow row) {
        StagedRow staged = new StagedRow(row);
        try {
            staged.residentId = ResidentId.parse(row.idNumber());
        } catch (InvalidResidentIdException e) {
            return staged.reject(e.getMessage());
        }
        if (row.name() == null) {
            return staged.reject("姓名为空");
        }
        if (row.division() == null || !townships.contains(row.division())) {
            return staged.reject("行政区划代码不存在或不是乡镇（街道）");
        }
        if (!inJurisdiction.test(row.division())) {
            return staged.reject("行政区划不在您的辖区内");
        }
        Optional<AssistanceCategory> category = CategoryNames.of(row.category());
        if (category.isEmpty()) {
            return staged.reject("救助对象类别无法识别");
        }
        staged.category = category.get();
        Optional<LocalDate> recognised = TableDates.parse(row.recognisedDate());
        if (recognised.isEmpty()) {
            return staged.reject("认定日期无效");
        }
        staged.recognisedDate = recognised.get();
        if (row.endDate() != null) {
            Optional<LocalDate> end = TableDates.parse(row.endDate()).filter(d -> !d.isBefore(recognised.get()));
            if (end.isEmpty()) {
                return staged.reject("终止日期无效或早于认定日期");
            }
            staged.endDate = end.get();
        }
        return staged;
    }
}
