// Tests: syntax error: statement outside function body
package main

x := 1
