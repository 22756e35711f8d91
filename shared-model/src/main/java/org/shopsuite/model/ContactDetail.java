package org.shopsuite.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A customer's contact detail, sent as null to a mechanic (../shared/DOMAIN.md): on a list, which
 * is otherwise never null, it says the list may be null.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface ContactDetail {}
