// Tests: syntax error: comma between struct fields
package main

type T struct { a int, b int }
