package cn.ybfp.web.bench;

import java.util.SplittableRandom;

/**
 * Realistic Chinese names for the synthetic register: surnames weighted by how common they are (roughly the national
 * shares, 王 李 张 刘 陈 first; a few compound surnames), given names of one or two characters drawn from the
 * characters parents of each generation and sex commonly chose (秀兰 and 建国 for the old, 浩宇 and 梓涵 for the young).
 */
final class ChineseNames {

    /** Surname and weight (per ten thousand, approximately the national share). */
    private static final Object[][] SURNAMES = {
        {"王", 710},
        {"李", 700},
        {"张", 660},
        {"刘", 540},
        {"陈", 450},
        {"杨", 310},
        {"赵", 230},
        {"黄", 220},
        {"周", 210},
        {"吴", 200},
        {"徐", 170},
        {"孙", 150},
        {"胡", 130},
        {"朱", 130},
        {"高", 120},
        {"林", 118},
        {"何", 117},
        {"郭", 115},
        {"马", 105},
        {"罗", 86},
        {"梁", 82},
        {"宋", 72},
        {"郑", 71},
        {"谢", 62},
        {"韩", 61},
        {"唐", 60},
        {"冯", 59},
        {"于", 58},
        {"董", 55},
        {"萧", 20},
        {"程", 52},
        {"曹", 51},
        {"袁", 50},
        {"邓", 50},
        {"许", 49},
        {"傅", 44},
        {"沈", 43},
        {"曾", 42},
        {"彭", 41},
        {"吕", 40},
        {"苏", 39},
        {"卢", 38},
        {"蒋", 37},
        {"蔡", 36},
        {"贾", 35},
        {"丁", 34},
        {"魏", 33},
        {"薛", 32},
        {"叶", 31},
        {"阎", 30},
        {"余", 29},
        {"潘", 28},
        {"杜", 27},
        {"戴", 26},
        {"夏", 25},
        {"钟", 24},
        {"汪", 24},
        {"田", 23},
        {"任", 23},
        {"姜", 22},
        {"范", 22},
        {"方", 21},
        {"石", 21},
        {"姚", 20},
        {"谭", 20},
        {"廖", 19},
        {"邹", 19},
        {"熊", 18},
        {"金", 18},
        {"陆", 17},
        {"郝", 17},
        {"孔", 16},
        {"白", 16},
        {"崔", 16},
        {"康", 15},
        {"毛", 15},
        {"邱", 15},
        {"秦", 14},
        {"江", 14},
        {"史", 14},
        {"顾", 13},
        {"侯", 13},
        {"邵", 13},
        {"孟", 13},
        {"龙", 12},
        {"万", 12},
        {"段", 12},
        {"雷", 11},
        {"钱", 11},
        {"汤", 11},
        {"尹", 10},
        {"常", 10},
        {"武", 10},
        {"乔", 9},
        {"贺", 9},
        {"赖", 8},
        {"龚", 8},
        {"文", 8},
        {"关", 8},
        {"佟", 6},
        {"闫", 6},
        {"欧阳", 3},
        {"司马", 1},
        {"上官", 1},
        {"诸葛", 1},
    };

    // given-name characters by generation (born before 1970, 1970–1999, from 2000) and sex
    private static final String OLD_MALE = "国建军明德福宝山文华志忠海林春生长发荣贵祥永庆玉振有金成富广义才树";
    private static final String OLD_FEMALE = "秀兰桂英玉珍凤淑芝华琴荣云霞梅芳娥翠花淑敏素丽香莲彩月";
    private static final String MID_MALE = "伟磊勇军强杰涛超明鹏斌刚波辉亮健峰晓东宇飞龙海俊凯新志华洋";
    private static final String MID_FEMALE = "丽静敏燕艳娟霞芳婷娜丹红玲雪琳颖慧莉晶洁倩婧蕾薇佳璐晓楠";
    private static final String YOUNG_MALE = "浩宇轩子涵睿博泽晨铭昊然皓逸辰航宸煜承哲俊熙瑞奕一诺嘉";
    private static final String YOUNG_FEMALE = "梓涵欣怡雨诗萱可馨彤语若思佳悦琪瑶涵妍曦梦晴依婉钰安桐";

    private static final String[] SURNAME;
    private static final int[] CUMULATIVE;

    static {
        SURNAME = new String[SURNAMES.length];
        CUMULATIVE = new int[SURNAMES.length];
        int total = 0;
        for (int i = 0; i < SURNAMES.length; i++) {
            SURNAME[i] = (String) SURNAMES[i][0];
            total += (Integer) SURNAMES[i][1];
            CUMULATIVE[i] = total;
        }
    }

    private ChineseNames() {}

    static String surname(SplittableRandom random) {
        int pick = random.nextInt(CUMULATIVE[CUMULATIVE.length - 1]);
        int low = 0;
        int high = CUMULATIVE.length - 1;
        while (low < high) { // first cumulative weight above the pick
            int mid = (low + high) >>> 1;
            if (CUMULATIVE[mid] > pick) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return SURNAME[low];
    }

    /** One or two characters (about a quarter single, more often for the young), for the sex and birth year. */
    static String given(SplittableRandom random, boolean male, int birthYear) {
        String pool = birthYear < 1970
                ? (male ? OLD_MALE : OLD_FEMALE)
                : birthYear < 2000 ? (male ? MID_MALE : MID_FEMALE) : (male ? YOUNG_MALE : YOUNG_FEMALE);
        char first = pool.charAt(random.nextInt(pool.length()));
        boolean single = random.nextInt(100) < (birthYear < 1970 ? 15 : birthYear < 2000 ? 35 : 25);
        if (single) {
            return String.valueOf(first);
        }
        char second = pool.charAt(random.nextInt(pool.length()));
        return second == first && random.nextBoolean()
                ? String.valueOf(first) + second // 丽丽, 明明: sometimes
                : String.valueOf(first) + pool.charAt(random.nextInt(pool.length()));
    }
}
