// Tests: mutual recursion overflow frames alternate between the two functions.
package main

func ping(n int) int {
	var buf [512]int
	buf[n%512] = n
	return pong(n+1) + buf[(n+5)%512]
}

func pong(n int) int {
	var buf [512]int
	buf[n%512] = n
	return ping(n+1) + buf[(n+7)%512]
}

func main() {
	ping(0)
}
