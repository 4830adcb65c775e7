/**
 * The {@code quiz} command line: thin picocli commands that parse, call one library entry point and
 * print.
 */
package dev.quiz.cli;
