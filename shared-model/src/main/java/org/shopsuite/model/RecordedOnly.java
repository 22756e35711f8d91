package org.shopsuite.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An enum value the server records by itself and never takes in a request body (a pause reason
 * such as {@code SWITCHED}): a refusal's list of allowed values leaves it out.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface RecordedOnly {}
