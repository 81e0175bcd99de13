#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
set -eu
echo web1 2G 4 no uefi
echo disk /vm/web1/disk0.img
echo disk '/vm/web1/data disk.img'
echo nic tap0 58:9c:fc:00:00:01 bridge0
