#!/bin/sh
# plumb: petitecloud create host=linux hypervisor=virtualbox guest=freebsd
# from: virtualbox/create.plumb
set -eu
VBoxManage createvm --name=fbsd1 \
  --ostype=FreeBSD_64 \
  --basefolder=/vm --register
VBoxManage modifyvm fbsd1 \
  --rtcuseutc=on \
  --uart1 0x3f8 4 --uartmode1 server /vm/fbsd1/console.sock \
  --memory=2048 --cpus=2 --ioapic=on
VBoxManage modifyvm fbsd1 --nic1=bridged --bridgeadapter1=bridge0 --macaddress1=589cfc000001
VBoxManage storagectl fbsd1 --name=SATA --add=sata --controller=IntelAhci --portcount=2
VBoxManage storageattach fbsd1 --storagectl=SATA --port=0 --device=0 --type=hdd --medium=/vm/fbsd1/disk0.img
VBoxManage storageattach fbsd1 --storagectl=SATA --port=1 --device=0 --type=dvddrive --medium=emptydrive
