package cn.ybfp.claims.infrastructure;

import cn.ybfp.claims.domain.SettlementCase;
import cn.ybfp.kernel.AssistanceCategory;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Set;

/**
 * The case the portal and the hospital API settle: one claim as the case JSON has it, for a person taken from the
 * register rather than sent inline. Read by {@link CaseJsonReader}, so every channel checks the claim the same way and
 * reports the same Chinese messages.
 */
public final class SingleClaimCase {

    private SingleClaimCase() {}

    public static SettlementCase read(
            String schemeId, Set<AssistanceCategory> categories, LocalDate birthDate, ObjectNode claim) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("scheme", schemeId);
        ObjectNode person = root.putObject("person");
        ArrayNode held = person.putArray("categories");
        categories.stream().map(Enum::name).sorted().forEach(held::add);
        person.put("birthDate", birthDate.toString());
        root.putArray("claims").add(claim);
        return CaseJsonReader.read(root);
    }
}
