// Tests: writing a field through a nil struct pointer, unrecovered.
package main

type Config struct{ Port int }

func setPort(c *Config) { c.Port = 80 }

func main() {
	setPort(nil)
}
