package cn.ybfp.kernel;

/** The four levels of administrative division (省 / 市(州) / 县(市、区) / 乡镇(街道)). */
public enum DivisionLevel {
    PROVINCE,
    CITY,
    COUNTY,
    TOWNSHIP
}
