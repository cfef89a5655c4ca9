package cn.ybfp.booklets.domain;

import cn.ybfp.booklets.api.DiseaseKind;
import java.time.LocalDate;

/**
 * What the patient brings: a disease of the region's catalogue (with the kind the catalogue gives it), diagnosed by
 * a designated hospital and its doctor on a day (吉医保发〔2019〕52号 一（二）: 已认定的贫困慢病患者).
 *
 * @param doctor null when the health department's list does not name one
 */
public record Diagnosis(
        DiseaseCode disease, String diseaseName, DiseaseKind kind, String hospital, String doctor, LocalDate on) {}
