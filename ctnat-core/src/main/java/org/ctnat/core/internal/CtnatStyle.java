package org.ctnat.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every CT-NAT value type: plain accessor names, JDK collections
 * only, copy methods ({@code with...}), and singular adders for list members
 * ({@code addCriterion}, {@code addPriority}).
 *
 * <p>Applied in the {@code package-info.java} of each API package; it is an implementation
 * detail and not exported.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"criterion:criteria", "priority:priorities", "language:languages"},
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    privateNoargConstructor = false)
public @interface CtnatStyle {}
