/** Reads and segments documents; every unit keeps offsets into the document text. */
package dev.quiz.bank.text;
