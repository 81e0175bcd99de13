#!/bin/sh
# plumb: petitecloud console host=linux hypervisor=qemu guest=linux
# from: qemu/console.plumb
set -eu
socat -,rawer,escape=0x1d UNIX-CONNECT:/vm/fbsd1/console.sock
