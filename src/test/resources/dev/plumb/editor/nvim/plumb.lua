-- plumb's language server for every *.plumb file, on the pack that holds it
-- (vim.g.plumb_lsp_cmd runs another plumb than the one on PATH)
local plumb_clients = {}
vim.api.nvim_create_autocmd({ "BufReadPost", "BufNewFile" }, {
  pattern = "*.plumb",
  callback = function(args)
    local manifest = vim.fn.findfile("pack.plumb", vim.fn.fnamemodify(args.file, ":p:h") .. ";")
    if manifest == "" then
      return
    end
    local config = {
      name = "plumb",
      cmd = vim.g.plumb_lsp_cmd or { "plumb", "lsp" },
      root_dir = vim.fn.fnamemodify(manifest, ":p:h"),
    }
    if vim.lsp.start then
      vim.lsp.start(config, { bufnr = args.buf })
    else -- Neovim 0.7
      plumb_clients[config.root_dir] = plumb_clients[config.root_dir] or vim.lsp.start_client(config)
      vim.lsp.buf_attach_client(args.buf, plumb_clients[config.root_dir])
    end
  end,
})
