package main

func main() {
	var s interface{} = 3
	switch s {
	case 3:
	case 3:
	}
}
