package org.shopsuite.model;

/**
 * The grade of a part the customer chooses (자동차관리법 시행규칙 §134): new (A 신품), remanufactured
 * (B 재생), used (C 중고) or imported (F 수입).
 */
public enum PartGrade {
    NEW,
    REMANUFACTURED,
    USED,
    IMPORTED
}
