// Tests: syntax error: unclosed parentheses at end of file
package main

var x = ((((
