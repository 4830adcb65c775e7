/**
 * The exception hierarchy and small contracts shared by every quiz module. Everything here is
 * Android-safe; parameters and results are non-null unless documented otherwise.
 */
package dev.quiz.core;
