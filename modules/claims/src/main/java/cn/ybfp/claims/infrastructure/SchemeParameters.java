package cn.ybfp.claims.infrastructure;

import cn.ybfp.claims.api.SchemeField;
import cn.ybfp.claims.api.SchemeField.Kind;
import cn.ybfp.claims.api.SchemeFieldName;
import cn.ybfp.kernel.Refusal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scheme's parameters as a flat list of labelled fields, for the province's copy-and-edit form, and back. The
 * structure (levels, segments, classes) stays that of the scheme copied; the values are edited and checked here:
 * ratios within 0–1, money never negative and with at most two decimals, segment bounds ascending.
 */
public final class SchemeParameters {

    /** The header fields, edited apart from the parameters. */
    private static final Set<String> HEADER = Set.of("id", "name", "basis");

    private static final Set<String> RATIOS = Set.of(
            "ratio",
            "outpatientRatio",
            "nonCompliantReferralPenalty",
            "outOfProvincePenalty",
            "deductibleFactor",
            "ratioBonus");
    private static final Set<String> MONEY = Set.of("deductible", "yearlyCap", "yearlyLimit", "threshold", "upTo");
    private static final Set<String> WHOLE = Set.of("ageLimit", "childAgeLimit");

    private SchemeParameters() {}

    public static List<SchemeField> fields(String definition) {
        List<SchemeField> fields = new ArrayList<>();
        JsonNode root = tree(definition);
        root.fields().forEachRemaining(e -> {
            if (!HEADER.contains(e.getKey())) {
                walk(e.getKey(), e.getKey(), e.getValue(), fields);
            }
        });
        return fields;
    }

    private static void walk(String path, String key, JsonNode node, List<SchemeField> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> walk(path + "." + e.getKey(), e.getKey(), e.getValue(), into));
        } else if (node.isArray() && node.size() > 0 && node.get(0).isObject()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path + "[" + i + "]", key, node.get(i), into);
            }
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            into.add(new SchemeField(path, Kind.LIST, String.join(",", items)));
        } else {
            into.add(new SchemeField(path, kind(path, key, node), node.isNull() ? "" : node.asText()));
        }
    }

    private static Kind kind(String path, String key, JsonNode node) {
        if (RATIOS.contains(key)) {
            return Kind.RATIO;
        }
        if (MONEY.contains(key)) {
            return Kind.MONEY;
        }
        if (WHOLE.contains(key) || path.contains("categoryClasses.")) {
            return Kind.WHOLE;
        }
        return node.isNull() ? Kind.FIXED : Kind.TEXT;
    }

    /**
     * The definition with the edited values: a copy of {@code source} with each field set from {@code values}, its
     * header replaced. Every problem found goes into {@code problems} (path → why, by key).
     */
    public static String edited(
            String source,
            String id,
            String name,
            String basis,
            Map<String, String> values,
            Map<String, Refusal> problems) {
        ObjectNode root = (ObjectNode) tree(source);
        root.put("id", id);
        root.put("name", name);
        root.put("basis", basis);
        for (SchemeField field : fields(source)) {
            if (field.editable()) {
                set(root, field, values.getOrDefault(field.path(), "").strip(), problems);
            }
        }
        checkSegmentsAscend(root, "", problems);
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(ObjectNode root, SchemeField field, String text, Map<String, Refusal> problems) {
        JsonNode parent = root;
        String[] parts = field.path().split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            parent = step(parent, parts[i]);
        }
        String last = parts[parts.length - 1];
        ObjectNode holder = (ObjectNode) parent;
        Refusal problem = switch (field.kind()) {
            case RATIO -> decimal(holder, last, text, true);
            case MONEY -> decimal(holder, last, text, false);
            case WHOLE -> whole(holder, last, text);
            case LIST -> list(holder, last, text);
            default -> {
                holder.put(last, text);
                yield null;
            }
        };
        if (problem != null) {
            problems.put(field.path(), reason("scheme.field", field.name(), problem));
        }
    }

    private static JsonNode step(JsonNode node, String part) {
        String key = part.replaceAll("\\[(\\d+)]$", "");
        JsonNode child = node.get(key);
        return part.equals(key) ? child : child.get(Integer.parseInt(part.replaceAll(".*\\[(\\d+)]$", "$1")));
    }

    private static Refusal decimal(ObjectNode holder, String key, String text, boolean ratio) {
        if (text.isEmpty()) {
            holder.putNull(key);
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() < 0) {
                return reason("scheme.negative");
            }
            if (ratio && value.compareTo(BigDecimal.ONE) > 0) {
                return reason("scheme.ratio");
            }
            if (!ratio && value.stripTrailingZeros().scale() > 2) {
                return reason("scheme.moneyScale");
            }
            holder.put(
                    key,
                    ratio
                            ? value.toPlainString()
                            : value.setScale(2, java.math.RoundingMode.UNNECESSARY)
                                    .toPlainString());
            return null;
        } catch (NumberFormatException e) {
            return reason("scheme.number", text);
        }
    }

    private static Refusal whole(ObjectNode holder, String key, String text) {
        try {
            int value = Integer.parseInt(text);
            if (value < 0) {
                return reason("scheme.negative");
            }
            holder.put(key, value);
            return null;
        } catch (NumberFormatException e) {
            return reason("scheme.whole", text);
        }
    }

    private static Refusal list(ObjectNode holder, String key, String text) {
        JsonNode original = holder.get(key);
        boolean numbers = original.size() > 0 && original.get(0).isNumber();
        ArrayNode items = holder.putArray(key);
        for (String item : text.split("[,，、\\s]+")) {
            if (item.isEmpty()) {
                continue;
            }
            if (numbers && !item.matches("\\d+")) {
                return reason("scheme.list", text);
            }
            if (numbers) {
                items.add(Integer.parseInt(item));
            } else {
                items.add(item);
            }
        }
        return null;
    }

    /** Every "segments" table: bounds strictly ascending, only the last one open. */
    private static void checkSegmentsAscend(JsonNode node, String path, Map<String, Refusal> problems) {
        Iterator<Map.Entry<String, JsonNode>> children = node.fields();
        while (children.hasNext()) {
            var child = children.next();
            String childPath = path.isEmpty() ? child.getKey() : path + "." + child.getKey();
            if (child.getKey().equals("segments") && child.getValue().isArray()) {
                checkAscending(child.getValue(), childPath, problems);
            } else if (child.getValue().isObject()) {
                checkSegmentsAscend(child.getValue(), childPath, problems);
            }
        }
    }

    private static void checkAscending(JsonNode segments, String path, Map<String, Refusal> problems) {
        BigDecimal previous = null;
        for (int i = 0; i < segments.size(); i++) {
            JsonNode upTo = segments.get(i).get("upTo");
            String at = path + "[" + i + "].upTo";
            boolean last = i == segments.size() - 1;
            if (upTo == null || upTo.isNull()) {
                if (!last) {
                    problems.putIfAbsent(
                            at, reason("scheme.field", new SchemeFieldName(at), reason("scheme.openSegment")));
                }
                continue;
            }
            BigDecimal bound = new BigDecimal(upTo.asText());
            if (previous != null && bound.compareTo(previous) <= 0) {
                problems.putIfAbsent(
                        at,
                        reason(
                                "scheme.field",
                                new SchemeFieldName(at),
                                reason("scheme.segmentOrder", previous.toPlainString())));
            }
            previous = bound;
        }
    }

    private static Refusal reason(String key, Object... args) {
        return Refusal.of(SchemeFieldName.TEXTS, key, args);
    }

    private static JsonNode tree(String definition) {
        try {
            return Json.MAPPER.readTree(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored scheme is not JSON", e);
        }
    }

    /** The values of a stored definition by path, to pre-fill the form. */
    public static Map<String, String> values(String definition) {
        Map<String, String> values = new LinkedHashMap<>();
        fields(definition).forEach(f -> values.put(f.path(), f.value()));
        return values;
    }
}
