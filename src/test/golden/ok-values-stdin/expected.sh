#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
set -eu
echo web1 1G 8 '' bios
echo disk /vm/web1/disk0.img
