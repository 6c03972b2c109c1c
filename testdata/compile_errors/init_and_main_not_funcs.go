// Tests: compile error: package-level init and main declared as something other than functions
package main

var init = 3

const main = 1

type init2 int

func f() {}
