package cn.ybfp.register.infrastructure;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.register.api.EnrolmentStatus;
import cn.ybfp.register.api.PersonSearch;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JPQL where-clause of a person search. The jurisdiction comes first and always: no criterion can widen it.
 * Class and category are as of one date; a class is held when a category of that class is held and none better.
 */
final class PersonSearchQuery {

    private final StringBuilder where = new StringBuilder(" where p.townshipCode like :scope");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    PersonSearchQuery(Jurisdiction jurisdiction, PersonSearch search, LocalDate asOf) {
        parameters.put("scope", jurisdiction.likePattern());
        if (search.idNumber() != null) {
            add(" and p.idNumber = :idNumber", "idNumber", search.idNumber());
        }
        if (search.namePrefix() != null) {
            add(" and p.name like :name escape '!'", "name", escapeLike(search.namePrefix()) + "%");
        }
        if (search.townshipCode() != null) {
            add(" and p.townshipCode = :township", "township", search.townshipCode());
        }
        if (search.category() != null) {
            add(" and exists (" + held("m", "categories") + ")", "categories", List.of(search.category()));
            parameters.put("asOf", asOf);
        }
        if (search.assistanceClass() != null) {
            classCriterion(search.assistanceClass(), asOf);
        }
        if (search.enrolmentStatus() != null) {
            enrolmentCriterion(search.enrolmentStatus(), search.year());
        }
    }

    private void classCriterion(int assistanceClass, LocalDate asOf) {
        add(
                " and exists (" + held("m", "classCategories") + ")",
                "classCategories",
                categories(c -> c == assistanceClass));
        List<AssistanceCategory> better = categories(c -> c < assistanceClass);
        if (!better.isEmpty()) {
            add(" and not exists (" + held("b", "betterCategories") + ")", "betterCategories", better);
        }
        parameters.put("asOf", asOf);
    }

    private void enrolmentCriterion(EnrolmentStatus status, int year) {
        String exists = "exists (select e from Enrolment e where e.person = p and e.year = :year";
        if (status == EnrolmentStatus.NOT_ENROLLED) { // no record for the year counts as not enrolled
            add(" and not " + exists + " and e.status <> :notEnrolled)", "notEnrolled", status);
        } else {
            add(" and " + exists + " and e.status = :enrolmentStatus)", "enrolmentStatus", status);
        }
        parameters.put("year", year);
    }

    /** A subquery: the person holds, on :asOf, one of the categories in the named parameter. */
    private static String held(String alias, String categoriesParameter) {
        return "select " + alias + " from CategoryMembership " + alias + " where " + alias + ".person = p and "
                + alias + ".validFrom <= :asOf and (" + alias + ".validTo is null or " + alias + ".validTo >= :asOf)"
                + " and " + alias + ".category in :" + categoriesParameter;
    }

    private static List<AssistanceCategory> categories(java.util.function.IntPredicate classMatches) {
        return Arrays.stream(AssistanceCategory.values())
                .filter(c -> c.defaultClass().isPresent()
                        && classMatches.test(c.defaultClass().getAsInt()))
                .toList();
    }

    private void add(String clause, String name, Object value) {
        where.append(clause);
        parameters.put(name, value);
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    String where() {
        return where.toString();
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
