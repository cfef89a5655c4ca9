package cn.ybfp.supervision.domain;

import java.util.List;

/** The monitoring counties per year. */
public interface MonitoringCounties {

    List<MonitoringCounty> of(int year);

    MonitoringCounty add(MonitoringCounty county);

    void remove(MonitoringCounty county);
}
