#!/bin/sh
# plumb: petitecloud console host=linux hypervisor=virtualbox guest=openbsd
# from: virtualbox/console.plumb
set -eu
socat -,rawer,escape=0x1d UNIX-CONNECT:/vm/fbsd1/console.sock
