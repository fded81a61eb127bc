// Switchboard's board operations as this console serves them (part of ./openapi.ts's contract).
import { z } from "zod";
import type { ContractOperation } from "@/lib/contract/operation";
import { createBoardSchema, updateBoardSchema } from "@/lib/schemas/boards";
import { idParam, ifMatch, onOrg, ORG, orgParam, pageQuery, withEtag } from "./openapi-params";
import { versoriBoardSchema, versoriBoardsPageSchema, versoriDeletedSchema, versoriPublishResultSchema, versoriUnpublishResultSchema } from "./schemas";

const board = { ...onOrg, tags: ["boards"], ownership: "organisation", object: { param: "boardId", type: "board" } } as const;

export const boardOperations: ContractOperation[] = [
  {
    ...onOrg,
    operationId: "GetBoards",
    method: "get",
    path: `${ORG}/boards`,
    summary: "List boards",
    tags: ["boards"],
    permission: "board.read",
    ownership: "none",
    request: { path: orgParam, query: pageQuery.extend({ search: z.string().optional().meta({ description: "Case-insensitive substring of the name." }) }) },
    responses: { 200: { description: "A page of boards", schema: versoriBoardsPageSchema } },
  },
  {
    ...onOrg,
    operationId: "CreateBoard",
    method: "post",
    path: `${ORG}/boards`,
    summary: "Create a draft board",
    description: "`connectionIds` (extension) names the connections the board uses. Returns 200, as the spec says.",
    tags: ["boards"],
    permission: "board.write",
    ownership: "none",
    request: { path: orgParam, body: createBoardSchema },
    responses: { 200: withEtag("The new board", versoriBoardSchema) },
  },
  {
    ...board,
    operationId: "GetBoard",
    method: "get",
    path: `${ORG}/boards/{boardId}`,
    summary: "Get a board",
    permission: "board.read",
    request: { path: idParam("boardId", "board") },
    responses: { 200: withEtag("The board", versoriBoardSchema) },
  },
  {
    ...board,
    operationId: "UpdateBoard",
    method: "put",
    path: `${ORG}/boards/{boardId}`,
    summary: "Replace a board's name and connections",
    permission: "board.write",
    ifMatch: true,
    request: { path: idParam("boardId", "board"), header: ifMatch, body: updateBoardSchema },
    responses: { 200: withEtag("The updated board", versoriBoardSchema) },
  },
  {
    ...board,
    operationId: "DeleteBoard",
    method: "delete",
    path: `${ORG}/boards/{boardId}`,
    summary: "Delete a board",
    permission: "board.write",
    ifMatch: true,
    request: { path: idParam("boardId", "board"), header: ifMatch },
    responses: { 200: { description: "Deleted", schema: versoriDeletedSchema } },
  },
  {
    ...board,
    operationId: "PublishBoard",
    method: "post",
    path: `${ORG}/boards/{boardId}/publish`,
    summary: "Publish a board",
    permission: "board.write",
    request: { path: idParam("boardId", "board") },
    responses: { 202: { description: "Accepted", schema: versoriPublishResultSchema } },
  },
  {
    ...board,
    operationId: "UnpublishBoard",
    method: "post",
    path: `${ORG}/boards/{boardId}/unpublish`,
    summary: "Unpublish a board",
    permission: "board.write",
    request: { path: idParam("boardId", "board") },
    responses: { 202: { description: "Accepted", schema: versoriUnpublishResultSchema } },
  },
];
