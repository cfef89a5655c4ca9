package cn.ybfp.kernel.demo;

/**
 * A module's part of the living demo province. It works only through its module's application services (never SQL
 * past the rules) and reads other modules only through their api, like any other code of the module.
 */
public interface DemoPart {

    /**
     * When the part runs: the register first (10), then what needs people (claims 20, applications 30, booklets 40,
     * contracts 50), then what reads the work of others (monitoring 60, supervision 70).
     */
    int order();

    /** Builds the part; a refusal from a service is a defect of the demo and stops the start. */
    void build(DemoProvince province);
}
