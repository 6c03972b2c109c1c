// Tests: && and || short-circuit evaluation order.
package main

import "fmt"

func t(s string) bool { fmt.Print(s, " "); return true }
func f(s string) bool { fmt.Print(s, " "); return false }

func main() {
	fmt.Println(f("a") && t("b"))
	fmt.Println(t("c") || f("d"))
	fmt.Println(t("e") && f("f") || t("g"))
	fmt.Println(!t("h") == false)
}
