package main

var x = ((((
