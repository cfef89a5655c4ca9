package cn.ybfp.supervision.api;

/** How a sample picks from the population: at random (with the stored seed), the largest amounts first, or half each. */
public enum SampleMethod {
    RANDOM("随机抽取"),
    LARGEST("按金额从大到小"),
    BOTH("金额最大与随机各半");

    private final String label;

    SampleMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
