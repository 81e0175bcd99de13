#!/bin/sh
# plumb: petitecloud console host=freebsd hypervisor=qemu guest=freebsd
# from: qemu/console.plumb
set -eu
socat -,rawer,escape=0x1d UNIX-CONNECT:/vm/fbsd1/console.sock
