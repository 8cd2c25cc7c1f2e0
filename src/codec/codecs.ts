/** One codec per protobuf message; see message.ts for the canonical-encoding rule. */
import { ledger } from './gen/ledger.js';
import { messageCodec } from './message.js';
import type * as T from './types.js';

const pb = ledger.v1;

export const txCodec = messageCodec<T.Tx>(pb.Tx, 'Tx');
export const txBodyCodec = messageCodec<T.TxBody>(pb.TxBody, 'TxBody');
export const possessionProofCodec = messageCodec<T.PossessionProof>(pb.PossessionProof, 'PossessionProof');
export const voteCodec = messageCodec<T.Vote>(pb.Vote, 'Vote');
export const signedVoteCodec = messageCodec<T.SignedVote>(pb.SignedVote, 'SignedVote');
export const commitCodec = messageCodec<T.Commit>(pb.Commit, 'Commit');
export const voteQuorumCodec = messageCodec<T.VoteQuorum>(pb.VoteQuorum, 'VoteQuorum');
export const headerCodec = messageCodec<T.Header>(pb.Header, 'Header');
export const blockCodec = messageCodec<T.Block>(pb.Block, 'Block');
export const payoutRowCodec = messageCodec<T.PayoutRow>(pb.PayoutRow, 'PayoutRow');

export const paramsCodec = messageCodec<T.Params>(pb.Params, 'Params');
export const supplyTotalsCodec = messageCodec<T.SupplyTotals>(pb.SupplyTotals, 'SupplyTotals');
export const accountCodec = messageCodec<T.Account>(pb.Account, 'Account');
export const validatorCodec = messageCodec<T.Validator>(pb.Validator, 'Validator');
export const bondCodec = messageCodec<T.Bond>(pb.Bond, 'Bond');
export const operatorKeyCodec = messageCodec<T.OperatorKey>(pb.OperatorKey, 'OperatorKey');
export const validatorSetChangeCodec = messageCodec<T.ValidatorSetChange>(pb.ValidatorSetChange, 'ValidatorSetChange');
export const amountCodec = messageCodec<T.Amount>(pb.Amount, 'Amount');
export const datanetCodec = messageCodec<T.Datanet>(pb.Datanet, 'Datanet');
export const memberCountsCodec = messageCodec<T.MemberCounts>(pb.MemberCounts, 'MemberCounts');
export const contributionCodec = messageCodec<T.Contribution>(pb.Contribution, 'Contribution');
export const contentRefCodec = messageCodec<T.ContentRef>(pb.ContentRef, 'ContentRef');
export const modelCodec = messageCodec<T.Model>(pb.Model, 'Model');
export const modelVersionCodec = messageCodec<T.ModelVersion>(pb.ModelVersion, 'ModelVersion');
export const poolCodec = messageCodec<T.Pool>(pb.Pool, 'Pool');
export const claimMarkCodec = messageCodec<T.ClaimMark>(pb.ClaimMark, 'ClaimMark');

export const blockResultsCodec = messageCodec<T.BlockResults>(pb.BlockResults, 'BlockResults');
export const chainHeadCodec = messageCodec<T.ChainHead>(pb.ChainHead, 'ChainHead');
export const txLocationCodec = messageCodec<T.TxLocation>(pb.TxLocation, 'TxLocation');

export const txBatchCodec = messageCodec<T.TxBatch>(pb.TxBatch, 'TxBatch');
export const certifiedBlockCodec = messageCodec<T.CertifiedBlock>(pb.CertifiedBlock, 'CertifiedBlock');
export const syncRequestCodec = messageCodec<T.SyncRequest>(pb.SyncRequest, 'SyncRequest');
export const syncStatusCodec = messageCodec<T.SyncStatus>(pb.SyncStatus, 'SyncStatus');
export const proposalContentCodec = messageCodec<T.ProposalContent>(pb.Proposal, 'Proposal');
export const consensusMessageCodec = messageCodec<T.ConsensusMessage>(pb.ConsensusMessage, 'ConsensusMessage');
export const walRecordCodec = messageCodec<T.WalRecord>(pb.WalRecord, 'WalRecord');
