package cn.ybfp.booklets.infrastructure;

import cn.ybfp.kernel.tables.TableColumn;
import java.util.List;

/** The columns of a health department's list, by the names its files use (云医保〔2020〕128号 二（四）). */
enum HealthListColumn implements TableColumn {
    ID_NUMBER("身份证号", List.of("公民身份号码", "证件号码", "idNumber")),
    NAME("姓名", List.of("患者姓名", "name")),
    DISEASE("疾病", List.of("病种", "疾病名称", "病种编码", "disease")),
    INSTITUTION("诊断机构", List.of("诊断医疗机构", "诊断医院", "institution")),
    DIAGNOSED_ON("诊断日期", List.of("确诊日期", "diagnosedOn"));

    private final String label;
    private final List<String> aliases;

    HealthListColumn(String label, List<String> aliases) {
        this.label = label;
        this.aliases = aliases;
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
        return true;
    }
}
