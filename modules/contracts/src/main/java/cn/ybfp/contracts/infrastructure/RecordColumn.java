package cn.ybfp.contracts.infrastructure;

import cn.ybfp.kernel.tables.TableColumn;
import java.util.List;

/** The columns of a health centre's service-record file, by the names such files use. */
enum RecordColumn implements TableColumn {
    ID_NUMBER("身份证号", List.of("公民身份号码", "证件号码", "idNumber"), true),
    NAME("姓名", List.of("签约居民", "居民姓名", "name"), true),
    TYPE("服务类型", List.of("服务项目", "type"), true),
    DAY("服务日期", List.of("日期", "day"), true),
    LICENCE("执业证书编码", List.of("医师执业证书编码", "执业证号", "licenceNumber"), true),
    NOTE("备注", List.of("服务内容", "note"), false);

    private final String label;
    private final List<String> aliases;
    private final boolean required;

    RecordColumn(String label, List<String> aliases, boolean required) {
        this.label = label;
        this.aliases = aliases;
        this.required = required;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public boolean required() {
        return required;
    }
}
