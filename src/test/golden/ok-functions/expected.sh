#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
set -eu
echo /vm/web1/disk0.img 1 disk0.img /vm/web1
echo WEB1 abc 1 1G bios
echo /dev/null 1 1536M
echo nic0 tap0 58:9c:fc:00:00:01 bridge0
