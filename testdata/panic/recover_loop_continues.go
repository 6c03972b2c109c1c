// Tests: a loop calling a recovering wrapper continues after each panic.
package main

import "fmt"

func safe(i int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("err:", r)
		}
	}()
	if i%2 == 1 {
		panic(i)
	}
	return fmt.Sprint("ok:", i)
}

func main() {
	for i := range 4 {
		fmt.Println(safe(i))
	}
}
