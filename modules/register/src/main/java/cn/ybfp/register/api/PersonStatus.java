package cn.ybfp.register.api;

/** A person's standing in the register: normal, deceased (死亡) or moved out (迁出), the latter two with a date. */
public enum PersonStatus {
    NORMAL("正常"),
    DECEASED("死亡"),
    MOVED_OUT("迁出");

    private final String label;

    PersonStatus(String label) {
        this.label = label;
    }

    /** The Chinese name, for files and history lines (pages use the message bundle). */
    public String label() {
        return label;
    }
}
