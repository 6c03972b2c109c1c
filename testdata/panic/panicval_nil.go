// Tests: panic(nil) raises *runtime.PanicNilError.
package main

func main() {
	panic(nil)
}
