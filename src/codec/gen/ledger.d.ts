import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace ledger {

    namespace v1 {

        interface IHeader extends ledger.v1.Header.$Properties {
        }

        class Header {
            constructor(properties?: ledger.v1.Header.$Properties);
            $unknowns?: Uint8Array[];
            chainId: string;
            height: Long;
            timeMs: Long;
            prevHash: Uint8Array;
            txRoot: Uint8Array;
            stateRoot: Uint8Array;
            payoutRoot: Uint8Array;
            proposer: Uint8Array;
            validatorsHash: Uint8Array;
            lastCommitHash: Uint8Array;
            static encode(message: ledger.v1.Header.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Header & ledger.v1.Header.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Header;
            static toObject(message: ledger.v1.Header, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Header {
            interface $Properties {
                chainId?: (string|null);
                height?: (Long|null);
                timeMs?: (Long|null);
                prevHash?: (Uint8Array|null);
                txRoot?: (Uint8Array|null);
                stateRoot?: (Uint8Array|null);
                payoutRoot?: (Uint8Array|null);
                proposer?: (Uint8Array|null);
                validatorsHash?: (Uint8Array|null);
                lastCommitHash?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Header.$Properties;
        }

        interface IBlock extends ledger.v1.Block.$Properties {
        }

        class Block {
            constructor(properties?: ledger.v1.Block.$Properties);
            $unknowns?: Uint8Array[];
            header?: (ledger.v1.Header.$Properties|null);
            txs: Uint8Array[];
            lastCommit?: (ledger.v1.Commit.$Properties|null);
            static encode(message: ledger.v1.Block.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Block & ledger.v1.Block.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Block;
            static toObject(message: ledger.v1.Block, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Block {
            interface $Properties {
                header?: (ledger.v1.Header.$Properties|null);
                txs?: (Uint8Array[]|null);
                lastCommit?: (ledger.v1.Commit.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Block.$Properties;
        }

        enum PayoutRole {
            PAYOUT_ROLE_UNSPECIFIED = 0,
            PAYOUT_ROLE_FEE = 1,
            PAYOUT_ROLE_VALIDATOR = 2,
            PAYOUT_ROLE_OWNER = 3,
            PAYOUT_ROLE_DATA = 4,
            PAYOUT_ROLE_POOL = 5,
            PAYOUT_ROLE_BURN = 6
        }

        interface IPayoutRow extends ledger.v1.PayoutRow.$Properties {
        }

        class PayoutRow {
            constructor(properties?: ledger.v1.PayoutRow.$Properties);
            $unknowns?: Uint8Array[];
            txIndex: number;
            role: ledger.v1.PayoutRole;
            recipient: Uint8Array;
            contributionId: Uint8Array;
            amount: Long;
            static encode(message: ledger.v1.PayoutRow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.PayoutRow & ledger.v1.PayoutRow.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.PayoutRow;
            static toObject(message: ledger.v1.PayoutRow, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace PayoutRow {
            interface $Properties {
                txIndex?: (number|null);
                role?: (ledger.v1.PayoutRole|null);
                recipient?: (Uint8Array|null);
                contributionId?: (Uint8Array|null);
                amount?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.PayoutRow.$Properties;
        }

        enum VoteType {
            VOTE_TYPE_UNSPECIFIED = 0,
            VOTE_TYPE_PREVOTE = 1,
            VOTE_TYPE_PRECOMMIT = 2
        }

        interface IVote extends ledger.v1.Vote.$Properties {
        }

        class Vote {
            constructor(properties?: ledger.v1.Vote.$Properties);
            $unknowns?: Uint8Array[];
            chainId: string;
            height: Long;
            round: number;
            type: ledger.v1.VoteType;
            blockHash: Uint8Array;
            static encode(message: ledger.v1.Vote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Vote & ledger.v1.Vote.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Vote;
            static toObject(message: ledger.v1.Vote, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Vote {
            interface $Properties {
                chainId?: (string|null);
                height?: (Long|null);
                round?: (number|null);
                type?: (ledger.v1.VoteType|null);
                blockHash?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Vote.$Properties;
        }

        interface ISignedVote extends ledger.v1.SignedVote.$Properties {
        }

        class SignedVote {
            constructor(properties?: ledger.v1.SignedVote.$Properties);
            $unknowns?: Uint8Array[];
            vote?: (ledger.v1.Vote.$Properties|null);
            validator: Uint8Array;
            signature: Uint8Array;
            static encode(message: ledger.v1.SignedVote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.SignedVote & ledger.v1.SignedVote.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.SignedVote;
            static toObject(message: ledger.v1.SignedVote, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SignedVote {
            interface $Properties {
                vote?: (ledger.v1.Vote.$Properties|null);
                validator?: (Uint8Array|null);
                signature?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.SignedVote.$Properties;
        }

        interface ICommitSig extends ledger.v1.CommitSig.$Properties {
        }

        class CommitSig {
            constructor(properties?: ledger.v1.CommitSig.$Properties);
            $unknowns?: Uint8Array[];
            validator: Uint8Array;
            signature: Uint8Array;
            static encode(message: ledger.v1.CommitSig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.CommitSig & ledger.v1.CommitSig.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.CommitSig;
            static toObject(message: ledger.v1.CommitSig, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CommitSig {
            interface $Properties {
                validator?: (Uint8Array|null);
                signature?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.CommitSig.$Properties;
        }

        interface ICommit extends ledger.v1.Commit.$Properties {
        }

        class Commit {
            constructor(properties?: ledger.v1.Commit.$Properties);
            $unknowns?: Uint8Array[];
            height: Long;
            round: number;
            blockHash: Uint8Array;
            signatures: ledger.v1.CommitSig.$Properties[];
            static encode(message: ledger.v1.Commit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Commit & ledger.v1.Commit.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Commit;
            static toObject(message: ledger.v1.Commit, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Commit {
            interface $Properties {
                height?: (Long|null);
                round?: (number|null);
                blockHash?: (Uint8Array|null);
                signatures?: (ledger.v1.CommitSig.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Commit.$Properties;
        }

        interface IVoteQuorum extends ledger.v1.VoteQuorum.$Properties {
        }

        class VoteQuorum {
            constructor(properties?: ledger.v1.VoteQuorum.$Properties);
            $unknowns?: Uint8Array[];
            vote?: (ledger.v1.Vote.$Properties|null);
            signatures: ledger.v1.CommitSig.$Properties[];
            static encode(message: ledger.v1.VoteQuorum.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.VoteQuorum & ledger.v1.VoteQuorum.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.VoteQuorum;
            static toObject(message: ledger.v1.VoteQuorum, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace VoteQuorum {
            interface $Properties {
                vote?: (ledger.v1.Vote.$Properties|null);
                signatures?: (ledger.v1.CommitSig.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.VoteQuorum.$Properties;
        }

        interface IProposal extends ledger.v1.Proposal.$Properties {
        }

        class Proposal {
            constructor(properties?: ledger.v1.Proposal.$Properties);
            $unknowns?: Uint8Array[];
            chainId: string;
            height: Long;
            round: number;
            hasPolRound: boolean;
            polRound: number;
            blockHash: Uint8Array;
            static encode(message: ledger.v1.Proposal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Proposal & ledger.v1.Proposal.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Proposal;
            static toObject(message: ledger.v1.Proposal, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Proposal {
            interface $Properties {
                chainId?: (string|null);
                height?: (Long|null);
                round?: (number|null);
                hasPolRound?: (boolean|null);
                polRound?: (number|null);
                blockHash?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Proposal.$Properties;
        }

        interface ITxBatch extends ledger.v1.TxBatch.$Properties {
        }

        class TxBatch {
            constructor(properties?: ledger.v1.TxBatch.$Properties);
            $unknowns?: Uint8Array[];
            txs: Uint8Array[];
            static encode(message: ledger.v1.TxBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.TxBatch & ledger.v1.TxBatch.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.TxBatch;
            static toObject(message: ledger.v1.TxBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TxBatch {
            interface $Properties {
                txs?: (Uint8Array[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.TxBatch.$Properties;
        }

        interface ICertifiedBlock extends ledger.v1.CertifiedBlock.$Properties {
        }

        class CertifiedBlock {
            constructor(properties?: ledger.v1.CertifiedBlock.$Properties);
            $unknowns?: Uint8Array[];
            block?: (ledger.v1.Block.$Properties|null);
            commit?: (ledger.v1.Commit.$Properties|null);
            static encode(message: ledger.v1.CertifiedBlock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.CertifiedBlock & ledger.v1.CertifiedBlock.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.CertifiedBlock;
            static toObject(message: ledger.v1.CertifiedBlock, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CertifiedBlock {
            interface $Properties {
                block?: (ledger.v1.Block.$Properties|null);
                commit?: (ledger.v1.Commit.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.CertifiedBlock.$Properties;
        }

        interface ISyncRequest extends ledger.v1.SyncRequest.$Properties {
        }

        class SyncRequest {
            constructor(properties?: ledger.v1.SyncRequest.$Properties);
            $unknowns?: Uint8Array[];
            fromHeight: Long;
            maxBlocks: number;
            static encode(message: ledger.v1.SyncRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.SyncRequest & ledger.v1.SyncRequest.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.SyncRequest;
            static toObject(message: ledger.v1.SyncRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SyncRequest {
            interface $Properties {
                fromHeight?: (Long|null);
                maxBlocks?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.SyncRequest.$Properties;
        }

        interface ISyncStatus extends ledger.v1.SyncStatus.$Properties {
        }

        class SyncStatus {
            constructor(properties?: ledger.v1.SyncStatus.$Properties);
            $unknowns?: Uint8Array[];
            height: Long;
            static encode(message: ledger.v1.SyncStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.SyncStatus & ledger.v1.SyncStatus.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.SyncStatus;
            static toObject(message: ledger.v1.SyncStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SyncStatus {
            interface $Properties {
                height?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.SyncStatus.$Properties;
        }

        interface ISignedProposal extends ledger.v1.SignedProposal.$Properties {
        }

        class SignedProposal {
            constructor(properties?: ledger.v1.SignedProposal.$Properties);
            $unknowns?: Uint8Array[];
            proposal?: (ledger.v1.Proposal.$Properties|null);
            proposer: Uint8Array;
            signature: Uint8Array;
            block?: (ledger.v1.Block.$Properties|null);
            static encode(message: ledger.v1.SignedProposal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.SignedProposal & ledger.v1.SignedProposal.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.SignedProposal;
            static toObject(message: ledger.v1.SignedProposal, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SignedProposal {
            interface $Properties {
                proposal?: (ledger.v1.Proposal.$Properties|null);
                proposer?: (Uint8Array|null);
                signature?: (Uint8Array|null);
                block?: (ledger.v1.Block.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.SignedProposal.$Properties;
        }

        interface IConsensusMessage extends ledger.v1.ConsensusMessage.$Properties {
        }

        class ConsensusMessage {
            constructor(properties?: ledger.v1.ConsensusMessage.$Properties);
            $unknowns?: Uint8Array[];
            proposal?: (ledger.v1.SignedProposal.$Properties|null);
            vote?: (ledger.v1.SignedVote.$Properties|null);
            quorum?: (ledger.v1.VoteQuorum.$Properties|null);
            message?: ("proposal"|"vote"|"quorum");
            static encode(message: ledger.v1.ConsensusMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.ConsensusMessage & ledger.v1.ConsensusMessage.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.ConsensusMessage;
            static toObject(message: ledger.v1.ConsensusMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ConsensusMessage {
            interface $Properties {
                proposal?: (ledger.v1.SignedProposal.$Properties|null);
                vote?: (ledger.v1.SignedVote.$Properties|null);
                quorum?: (ledger.v1.VoteQuorum.$Properties|null);
                message?: ("proposal"|"vote"|"quorum");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              proposal?: ledger.v1.SignedProposal.$Shape|null;
              vote?: ledger.v1.SignedVote.$Shape|null;
              quorum?: ledger.v1.VoteQuorum.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ message?: undefined; proposal?: null; vote?: null; quorum?: null }|{ message?: "proposal"; proposal: ledger.v1.SignedProposal.$Shape; vote?: null; quorum?: null }|{ message?: "vote"; proposal?: null; vote: ledger.v1.SignedVote.$Shape; quorum?: null }|{ message?: "quorum"; proposal?: null; vote?: null; quorum: ledger.v1.VoteQuorum.$Shape })
            );
        }

        interface IAttributionVersion extends ledger.v1.AttributionVersion.$Properties {
        }

        class AttributionVersion {
            constructor(properties?: ledger.v1.AttributionVersion.$Properties);
            $unknowns?: Uint8Array[];
            fromHeight: Long;
            version: number;
            dupThreshold: number;
            matchThreshold: number;
            topK: number;
            dupBands: number;
            dupRows: number;
            lshBucketCap: number;
            matchBands: number;
            matchRows: number;
            static encode(message: ledger.v1.AttributionVersion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.AttributionVersion & ledger.v1.AttributionVersion.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.AttributionVersion;
            static toObject(message: ledger.v1.AttributionVersion, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace AttributionVersion {
            interface $Properties {
                fromHeight?: (Long|null);
                version?: (number|null);
                dupThreshold?: (number|null);
                matchThreshold?: (number|null);
                topK?: (number|null);
                dupBands?: (number|null);
                dupRows?: (number|null);
                lshBucketCap?: (number|null);
                matchBands?: (number|null);
                matchRows?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.AttributionVersion.$Properties;
        }

        interface IParams extends ledger.v1.Params.$Properties {
        }

        class Params {
            constructor(properties?: ledger.v1.Params.$Properties);
            $unknowns?: Uint8Array[];
            validatorBps: number;
            maxOwnerShareBps: number;
            minTxFee: Long;
            minUsageFee: Long;
            minContributionStake: Long;
            minChallengeBlocks: Long;
            maxContributionBytes: Long;
            maxTxBytes: number;
            maxBlockBytes: number;
            sketchK: number;
            maxScores: number;
            maxClaimEntries: number;
            maxCurators: number;
            maxTrainingDatanets: number;
            attributionVersions: ledger.v1.AttributionVersion.$Properties[];
            timeoutProposeMs: number;
            timeoutProposeDeltaMs: number;
            timeoutVoteMs: number;
            timeoutVoteDeltaMs: number;
            maxClockDriftMs: number;
            minValidatorStake: Long;
            validatorUpdateDelay: Long;
            unbondingBlocks: Long;
            slashBps: number;
            evidenceMaxAgeBlocks: Long;
            static encode(message: ledger.v1.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Params & ledger.v1.Params.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Params;
            static toObject(message: ledger.v1.Params, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Params {
            interface $Properties {
                validatorBps?: (number|null);
                maxOwnerShareBps?: (number|null);
                minTxFee?: (Long|null);
                minUsageFee?: (Long|null);
                minContributionStake?: (Long|null);
                minChallengeBlocks?: (Long|null);
                maxContributionBytes?: (Long|null);
                maxTxBytes?: (number|null);
                maxBlockBytes?: (number|null);
                sketchK?: (number|null);
                maxScores?: (number|null);
                maxClaimEntries?: (number|null);
                maxCurators?: (number|null);
                maxTrainingDatanets?: (number|null);
                attributionVersions?: (ledger.v1.AttributionVersion.$Properties[]|null);
                timeoutProposeMs?: (number|null);
                timeoutProposeDeltaMs?: (number|null);
                timeoutVoteMs?: (number|null);
                timeoutVoteDeltaMs?: (number|null);
                maxClockDriftMs?: (number|null);
                minValidatorStake?: (Long|null);
                validatorUpdateDelay?: (Long|null);
                unbondingBlocks?: (Long|null);
                slashBps?: (number|null);
                evidenceMaxAgeBlocks?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Params.$Properties;
        }

        interface ISupplyTotals extends ledger.v1.SupplyTotals.$Properties {
        }

        class SupplyTotals {
            constructor(properties?: ledger.v1.SupplyTotals.$Properties);
            $unknowns?: Uint8Array[];
            balances: Long;
            contributionStakes: Long;
            validatorStakes: Long;
            unbonding: Long;
            pools: Long;
            burned: Long;
            static encode(message: ledger.v1.SupplyTotals.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.SupplyTotals & ledger.v1.SupplyTotals.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.SupplyTotals;
            static toObject(message: ledger.v1.SupplyTotals, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SupplyTotals {
            interface $Properties {
                balances?: (Long|null);
                contributionStakes?: (Long|null);
                validatorStakes?: (Long|null);
                unbonding?: (Long|null);
                pools?: (Long|null);
                burned?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.SupplyTotals.$Properties;
        }

        interface IAccount extends ledger.v1.Account.$Properties {
        }

        class Account {
            constructor(properties?: ledger.v1.Account.$Properties);
            $unknowns?: Uint8Array[];
            balance: Long;
            nonce: Long;
            static encode(message: ledger.v1.Account.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Account & ledger.v1.Account.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Account;
            static toObject(message: ledger.v1.Account, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Account {
            interface $Properties {
                balance?: (Long|null);
                nonce?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Account.$Properties;
        }

        interface IValidator extends ledger.v1.Validator.$Properties {
        }

        class Validator {
            constructor(properties?: ledger.v1.Validator.$Properties);
            $unknowns?: Uint8Array[];
            operator: Uint8Array;
            consensusKey: Uint8Array;
            power: Long;
            static encode(message: ledger.v1.Validator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Validator & ledger.v1.Validator.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Validator;
            static toObject(message: ledger.v1.Validator, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Validator {
            interface $Properties {
                operator?: (Uint8Array|null);
                consensusKey?: (Uint8Array|null);
                power?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Validator.$Properties;
        }

        interface IBond extends ledger.v1.Bond.$Properties {
        }

        class Bond {
            constructor(properties?: ledger.v1.Bond.$Properties);
            $unknowns?: Uint8Array[];
            operator: Uint8Array;
            amount: Long;
            slashed: boolean;
            static encode(message: ledger.v1.Bond.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Bond & ledger.v1.Bond.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Bond;
            static toObject(message: ledger.v1.Bond, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Bond {
            interface $Properties {
                operator?: (Uint8Array|null);
                amount?: (Long|null);
                slashed?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Bond.$Properties;
        }

        interface IOperatorKey extends ledger.v1.OperatorKey.$Properties {
        }

        class OperatorKey {
            constructor(properties?: ledger.v1.OperatorKey.$Properties);
            $unknowns?: Uint8Array[];
            consensusKey: Uint8Array;
            static encode(message: ledger.v1.OperatorKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.OperatorKey & ledger.v1.OperatorKey.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.OperatorKey;
            static toObject(message: ledger.v1.OperatorKey, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace OperatorKey {
            interface $Properties {
                consensusKey?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.OperatorKey.$Properties;
        }

        interface IValidatorSetChange extends ledger.v1.ValidatorSetChange.$Properties {
        }

        class ValidatorSetChange {
            constructor(properties?: ledger.v1.ValidatorSetChange.$Properties);
            $unknowns?: Uint8Array[];
            height: Long;
            previous: ledger.v1.Validator.$Properties[];
            static encode(message: ledger.v1.ValidatorSetChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.ValidatorSetChange & ledger.v1.ValidatorSetChange.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.ValidatorSetChange;
            static toObject(message: ledger.v1.ValidatorSetChange, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ValidatorSetChange {
            interface $Properties {
                height?: (Long|null);
                previous?: (ledger.v1.Validator.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.ValidatorSetChange.$Properties;
        }

        interface IAmount extends ledger.v1.Amount.$Properties {
        }

        class Amount {
            constructor(properties?: ledger.v1.Amount.$Properties);
            $unknowns?: Uint8Array[];
            amount: Long;
            static encode(message: ledger.v1.Amount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Amount & ledger.v1.Amount.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Amount;
            static toObject(message: ledger.v1.Amount, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Amount {
            interface $Properties {
                amount?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Amount.$Properties;
        }

        interface IDatanet extends ledger.v1.Datanet.$Properties {
        }

        class Datanet {
            constructor(properties?: ledger.v1.Datanet.$Properties);
            $unknowns?: Uint8Array[];
            owner: Uint8Array;
            name: string;
            description: string;
            licenseUri: string;
            curators: Uint8Array[];
            contributionStake: Long;
            challengeBlocks: Long;
            autoAccept: boolean;
            createdHeight: Long;
            acceptedTotal: Long;
            removedTotal: Long;
            static encode(message: ledger.v1.Datanet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Datanet & ledger.v1.Datanet.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Datanet;
            static toObject(message: ledger.v1.Datanet, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Datanet {
            interface $Properties {
                owner?: (Uint8Array|null);
                name?: (string|null);
                description?: (string|null);
                licenseUri?: (string|null);
                curators?: (Uint8Array[]|null);
                contributionStake?: (Long|null);
                challengeBlocks?: (Long|null);
                autoAccept?: (boolean|null);
                createdHeight?: (Long|null);
                acceptedTotal?: (Long|null);
                removedTotal?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Datanet.$Properties;
        }

        interface IMemberCounts extends ledger.v1.MemberCounts.$Properties {
        }

        class MemberCounts {
            constructor(properties?: ledger.v1.MemberCounts.$Properties);
            $unknowns?: Uint8Array[];
            accepted: Long;
            removed: Long;
            static encode(message: ledger.v1.MemberCounts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.MemberCounts & ledger.v1.MemberCounts.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.MemberCounts;
            static toObject(message: ledger.v1.MemberCounts, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace MemberCounts {
            interface $Properties {
                accepted?: (Long|null);
                removed?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.MemberCounts.$Properties;
        }

        enum ContributionStatus {
            CONTRIBUTION_STATUS_UNSPECIFIED = 0,
            CONTRIBUTION_STATUS_PENDING = 1,
            CONTRIBUTION_STATUS_ACCEPTED = 2,
            CONTRIBUTION_STATUS_DUPLICATE = 3,
            CONTRIBUTION_STATUS_REJECTED = 4,
            CONTRIBUTION_STATUS_RETIRED = 5
        }

        interface IContribution extends ledger.v1.Contribution.$Properties {
        }

        class Contribution {
            constructor(properties?: ledger.v1.Contribution.$Properties);
            $unknowns?: Uint8Array[];
            datanetId: Uint8Array;
            owner: Uint8Array;
            contentHash: Uint8Array;
            sizeBytes: Long;
            sketch: Uint8Array;
            uri: string;
            status: ledger.v1.ContributionStatus;
            duplicateOf: Uint8Array;
            stake: Long;
            height: Long;
            txIndex: number;
            acceptedHeight: Long;
            dueHeight: Long;
            endedHeight: Long;
            indexedHeight: Long;
            static encode(message: ledger.v1.Contribution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Contribution & ledger.v1.Contribution.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Contribution;
            static toObject(message: ledger.v1.Contribution, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Contribution {
            interface $Properties {
                datanetId?: (Uint8Array|null);
                owner?: (Uint8Array|null);
                contentHash?: (Uint8Array|null);
                sizeBytes?: (Long|null);
                sketch?: (Uint8Array|null);
                uri?: (string|null);
                status?: (ledger.v1.ContributionStatus|null);
                duplicateOf?: (Uint8Array|null);
                stake?: (Long|null);
                height?: (Long|null);
                txIndex?: (number|null);
                acceptedHeight?: (Long|null);
                dueHeight?: (Long|null);
                endedHeight?: (Long|null);
                indexedHeight?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Contribution.$Properties;
        }

        interface IContentRef extends ledger.v1.ContentRef.$Properties {
        }

        class ContentRef {
            constructor(properties?: ledger.v1.ContentRef.$Properties);
            $unknowns?: Uint8Array[];
            original: Uint8Array;
            static encode(message: ledger.v1.ContentRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.ContentRef & ledger.v1.ContentRef.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.ContentRef;
            static toObject(message: ledger.v1.ContentRef, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContentRef {
            interface $Properties {
                original?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.ContentRef.$Properties;
        }

        interface IModel extends ledger.v1.Model.$Properties {
        }

        class Model {
            constructor(properties?: ledger.v1.Model.$Properties);
            $unknowns?: Uint8Array[];
            owner: Uint8Array;
            name: string;
            ownerShareBps: number;
            metadataUri: string;
            versionCount: number;
            createdHeight: Long;
            static encode(message: ledger.v1.Model.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Model & ledger.v1.Model.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Model;
            static toObject(message: ledger.v1.Model, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Model {
            interface $Properties {
                owner?: (Uint8Array|null);
                name?: (string|null);
                ownerShareBps?: (number|null);
                metadataUri?: (string|null);
                versionCount?: (number|null);
                createdHeight?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Model.$Properties;
        }

        interface ITrainedDatanet extends ledger.v1.TrainedDatanet.$Properties {
        }

        class TrainedDatanet {
            constructor(properties?: ledger.v1.TrainedDatanet.$Properties);
            $unknowns?: Uint8Array[];
            datanetId: Uint8Array;
            weightBps: number;
            poolId: Uint8Array;
            static encode(message: ledger.v1.TrainedDatanet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.TrainedDatanet & ledger.v1.TrainedDatanet.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.TrainedDatanet;
            static toObject(message: ledger.v1.TrainedDatanet, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TrainedDatanet {
            interface $Properties {
                datanetId?: (Uint8Array|null);
                weightBps?: (number|null);
                poolId?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.TrainedDatanet.$Properties;
        }

        interface IModelVersion extends ledger.v1.ModelVersion.$Properties {
        }

        class ModelVersion {
            constructor(properties?: ledger.v1.ModelVersion.$Properties);
            $unknowns?: Uint8Array[];
            datanets: ledger.v1.TrainedDatanet.$Properties[];
            artifactHash: Uint8Array;
            cutoffHeight: Long;
            recordedHeight: Long;
            static encode(message: ledger.v1.ModelVersion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.ModelVersion & ledger.v1.ModelVersion.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.ModelVersion;
            static toObject(message: ledger.v1.ModelVersion, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ModelVersion {
            interface $Properties {
                datanets?: (ledger.v1.TrainedDatanet.$Properties[]|null);
                artifactHash?: (Uint8Array|null);
                cutoffHeight?: (Long|null);
                recordedHeight?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.ModelVersion.$Properties;
        }

        interface IPool extends ledger.v1.Pool.$Properties {
        }

        class Pool {
            constructor(properties?: ledger.v1.Pool.$Properties);
            $unknowns?: Uint8Array[];
            modelId: Uint8Array;
            version: number;
            datanetId: Uint8Array;
            cutoffHeight: Long;
            members: Long;
            perMember: Long;
            carry: Long;
            balance: Long;
            static encode(message: ledger.v1.Pool.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Pool & ledger.v1.Pool.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Pool;
            static toObject(message: ledger.v1.Pool, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Pool {
            interface $Properties {
                modelId?: (Uint8Array|null);
                version?: (number|null);
                datanetId?: (Uint8Array|null);
                cutoffHeight?: (Long|null);
                members?: (Long|null);
                perMember?: (Long|null);
                carry?: (Long|null);
                balance?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Pool.$Properties;
        }

        interface IClaimMark extends ledger.v1.ClaimMark.$Properties {
        }

        class ClaimMark {
            constructor(properties?: ledger.v1.ClaimMark.$Properties);
            $unknowns?: Uint8Array[];
            perMember: Long;
            static encode(message: ledger.v1.ClaimMark.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.ClaimMark & ledger.v1.ClaimMark.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.ClaimMark;
            static toObject(message: ledger.v1.ClaimMark, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ClaimMark {
            interface $Properties {
                perMember?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.ClaimMark.$Properties;
        }

        interface IEventAttribute extends ledger.v1.EventAttribute.$Properties {
        }

        class EventAttribute {
            constructor(properties?: ledger.v1.EventAttribute.$Properties);
            $unknowns?: Uint8Array[];
            key: string;
            value: string;
            static encode(message: ledger.v1.EventAttribute.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.EventAttribute & ledger.v1.EventAttribute.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.EventAttribute;
            static toObject(message: ledger.v1.EventAttribute, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace EventAttribute {
            interface $Properties {
                key?: (string|null);
                value?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.EventAttribute.$Properties;
        }

        interface IEvent extends ledger.v1.Event.$Properties {
        }

        class Event {
            constructor(properties?: ledger.v1.Event.$Properties);
            $unknowns?: Uint8Array[];
            type: string;
            attributes: ledger.v1.EventAttribute.$Properties[];
            static encode(message: ledger.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Event & ledger.v1.Event.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Event;
            static toObject(message: ledger.v1.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Event {
            interface $Properties {
                type?: (string|null);
                attributes?: (ledger.v1.EventAttribute.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Event.$Properties;
        }

        interface ITxResult extends ledger.v1.TxResult.$Properties {
        }

        class TxResult {
            constructor(properties?: ledger.v1.TxResult.$Properties);
            $unknowns?: Uint8Array[];
            hash: Uint8Array;
            index: number;
            code: string;
            message: string;
            events: ledger.v1.Event.$Properties[];
            static encode(message: ledger.v1.TxResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.TxResult & ledger.v1.TxResult.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.TxResult;
            static toObject(message: ledger.v1.TxResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TxResult {
            interface $Properties {
                hash?: (Uint8Array|null);
                index?: (number|null);
                code?: (string|null);
                message?: (string|null);
                events?: (ledger.v1.Event.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.TxResult.$Properties;
        }

        interface IBlockResults extends ledger.v1.BlockResults.$Properties {
        }

        class BlockResults {
            constructor(properties?: ledger.v1.BlockResults.$Properties);
            $unknowns?: Uint8Array[];
            txs: ledger.v1.TxResult.$Properties[];
            endEvents: ledger.v1.Event.$Properties[];
            payouts: ledger.v1.PayoutRow.$Properties[];
            static encode(message: ledger.v1.BlockResults.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.BlockResults & ledger.v1.BlockResults.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.BlockResults;
            static toObject(message: ledger.v1.BlockResults, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace BlockResults {
            interface $Properties {
                txs?: (ledger.v1.TxResult.$Properties[]|null);
                endEvents?: (ledger.v1.Event.$Properties[]|null);
                payouts?: (ledger.v1.PayoutRow.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.BlockResults.$Properties;
        }

        interface IChainHead extends ledger.v1.ChainHead.$Properties {
        }

        class ChainHead {
            constructor(properties?: ledger.v1.ChainHead.$Properties);
            $unknowns?: Uint8Array[];
            height: Long;
            blockHash: Uint8Array;
            stateRoot: Uint8Array;
            timeMs: Long;
            static encode(message: ledger.v1.ChainHead.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.ChainHead & ledger.v1.ChainHead.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.ChainHead;
            static toObject(message: ledger.v1.ChainHead, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ChainHead {
            interface $Properties {
                height?: (Long|null);
                blockHash?: (Uint8Array|null);
                stateRoot?: (Uint8Array|null);
                timeMs?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.ChainHead.$Properties;
        }

        interface ITxLocation extends ledger.v1.TxLocation.$Properties {
        }

        class TxLocation {
            constructor(properties?: ledger.v1.TxLocation.$Properties);
            $unknowns?: Uint8Array[];
            height: Long;
            index: number;
            static encode(message: ledger.v1.TxLocation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.TxLocation & ledger.v1.TxLocation.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.TxLocation;
            static toObject(message: ledger.v1.TxLocation, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TxLocation {
            interface $Properties {
                height?: (Long|null);
                index?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.TxLocation.$Properties;
        }

        interface ITx extends ledger.v1.Tx.$Properties {
        }

        class Tx {
            constructor(properties?: ledger.v1.Tx.$Properties);
            $unknowns?: Uint8Array[];
            body: Uint8Array;
            signature: Uint8Array;
            static encode(message: ledger.v1.Tx.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Tx & ledger.v1.Tx.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Tx;
            static toObject(message: ledger.v1.Tx, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Tx {
            interface $Properties {
                body?: (Uint8Array|null);
                signature?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Tx.$Properties;
        }

        interface ITxBody extends ledger.v1.TxBody.$Properties {
        }

        class TxBody {
            constructor(properties?: ledger.v1.TxBody.$Properties);
            $unknowns?: Uint8Array[];
            chainId: string;
            signer: Uint8Array;
            nonce: Long;
            fee: Long;
            transfer?: (ledger.v1.Transfer.$Properties|null);
            createDatanet?: (ledger.v1.CreateDatanet.$Properties|null);
            updateCurators?: (ledger.v1.UpdateCurators.$Properties|null);
            contribute?: (ledger.v1.Contribute.$Properties|null);
            curate?: (ledger.v1.Curate.$Properties|null);
            retire?: (ledger.v1.Retire.$Properties|null);
            registerModel?: (ledger.v1.RegisterModel.$Properties|null);
            recordTraining?: (ledger.v1.RecordTraining.$Properties|null);
            recordUsage?: (ledger.v1.RecordUsage.$Properties|null);
            claim?: (ledger.v1.Claim.$Properties|null);
            stake?: (ledger.v1.Stake.$Properties|null);
            unstake?: (ledger.v1.Unstake.$Properties|null);
            evidence?: (ledger.v1.Evidence.$Properties|null);
            payload?: ("transfer"|"createDatanet"|"updateCurators"|"contribute"|"curate"|"retire"|"registerModel"|"recordTraining"|"recordUsage"|"claim"|"stake"|"unstake"|"evidence");
            static encode(message: ledger.v1.TxBody.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.TxBody & ledger.v1.TxBody.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.TxBody;
            static toObject(message: ledger.v1.TxBody, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TxBody {
            interface $Properties {
                chainId?: (string|null);
                signer?: (Uint8Array|null);
                nonce?: (Long|null);
                fee?: (Long|null);
                transfer?: (ledger.v1.Transfer.$Properties|null);
                createDatanet?: (ledger.v1.CreateDatanet.$Properties|null);
                updateCurators?: (ledger.v1.UpdateCurators.$Properties|null);
                contribute?: (ledger.v1.Contribute.$Properties|null);
                curate?: (ledger.v1.Curate.$Properties|null);
                retire?: (ledger.v1.Retire.$Properties|null);
                registerModel?: (ledger.v1.RegisterModel.$Properties|null);
                recordTraining?: (ledger.v1.RecordTraining.$Properties|null);
                recordUsage?: (ledger.v1.RecordUsage.$Properties|null);
                claim?: (ledger.v1.Claim.$Properties|null);
                stake?: (ledger.v1.Stake.$Properties|null);
                unstake?: (ledger.v1.Unstake.$Properties|null);
                evidence?: (ledger.v1.Evidence.$Properties|null);
                payload?: ("transfer"|"createDatanet"|"updateCurators"|"contribute"|"curate"|"retire"|"registerModel"|"recordTraining"|"recordUsage"|"claim"|"stake"|"unstake"|"evidence");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              chainId?: string|null;
              signer?: Uint8Array|null;
              nonce?: Long|null;
              fee?: Long|null;
              transfer?: ledger.v1.Transfer.$Shape|null;
              createDatanet?: ledger.v1.CreateDatanet.$Shape|null;
              updateCurators?: ledger.v1.UpdateCurators.$Shape|null;
              contribute?: ledger.v1.Contribute.$Shape|null;
              curate?: ledger.v1.Curate.$Shape|null;
              retire?: ledger.v1.Retire.$Shape|null;
              registerModel?: ledger.v1.RegisterModel.$Shape|null;
              recordTraining?: ledger.v1.RecordTraining.$Shape|null;
              recordUsage?: ledger.v1.RecordUsage.$Shape|null;
              claim?: ledger.v1.Claim.$Shape|null;
              stake?: ledger.v1.Stake.$Shape|null;
              unstake?: ledger.v1.Unstake.$Shape|null;
              evidence?: ledger.v1.Evidence.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ payload?: undefined; transfer?: null; createDatanet?: null; updateCurators?: null; contribute?: null; curate?: null; retire?: null; registerModel?: null; recordTraining?: null; recordUsage?: null; claim?: null; stake?: null; unstake?: null; evidence?: null }|{ payload?: "transfer"; transfer: ledger.v1.Transfer.$Shape; createDatanet?: null; updateCurators?: null; contribute?: null; curate?: null; retire?: null; registerModel?: null; recordTraining?: null; recordUsage?: null; claim?: null; stake?: null; unstake?: null; evidence?: null }|{ payload?: "createDatanet"; transfer?: null; createDatanet: ledger.v1.CreateDatanet.$Shape; updateCurators?: null; contribute?: null; curate?: null; retire?: null; registerModel?: null; recordTraining?: null; recordUsage?: null; claim?: null; stake?: null; unstake?: null; evidence?: null }|{ payload?: "updateCurators"; transfer?: null; createDatanet?: null; updateCurators: ledger.v1.UpdateCurators.$Shape; contribute?: null; curate?: null; retire?: null; registerModel?: null; recordTraining?: null; recordUsage?: null; claim?: null; stake?: null; unstake?: null; evidence?: null }|{ payload?: "contribute"; transfer?: null; createDatanet?: null; updateCurators?: null; contribute: ledger.v1.Contribute.$Shape; curate?: null; retire?: null; registerModel?: null; recordTraining?: null; recordUsage?: null; claim?: null; stake?: null; unstake?: null; evidence?: null }|{ payload?: "curate"; transfer?: null; createDatanet?: null; updateCurators?: null; contribute?: null; curate: ledger.v1.Curate.$Shape; retire?: null; registerModel?: null; recordTraining?: null; recordUsage?: null; claim?: null; stake?: null; unstake?: null; evidence?: null }|{ payload?: "retire"; transfer?: null; createDatanet?: null; updateCurators?: null; contribute?: null; curate?: null; retire: ledger.v1.Retire.$Shape; registerModel?: null; recordTraining?: null; recordUsage?: null; claim?: null; stake?: null; unstake?: null; evidence?: null }|{ payload?: "registerModel"; transfer?: null; createDatanet?: null; updateCurators?: null; contribute?: null; curate?: null; retire?: null; registerModel: ledger.v1.RegisterModel.$Shape; recordTraining?: null; recordUsage?: null; claim?: null; stake?: null; unstake?: null; evidence?: null }|{ payload?: "recordTraining"; transfer?: null; createDatanet?: null; updateCurators?: null; contribute?: null; curate?: null; retire?: null; registerModel?: null; recordTraining: ledger.v1.RecordTraining.$Shape; recordUsage?: null; claim?: null; stake?: null; unstake?: null; evidence?: null }|{ payload?: "recordUsage"; transfer?: null; createDatanet?: null; updateCurators?: null; contribute?: null; curate?: null; retire?: null; registerModel?: null; recordTraining?: null; recordUsage: ledger.v1.RecordUsage.$Shape; claim?: null; stake?: null; unstake?: null; evidence?: null }|{ payload?: "claim"; transfer?: null; createDatanet?: null; updateCurators?: null; contribute?: null; curate?: null; retire?: null; registerModel?: null; recordTraining?: null; recordUsage?: null; claim: ledger.v1.Claim.$Shape; stake?: null; unstake?: null; evidence?: null }|{ payload?: "stake"; transfer?: null; createDatanet?: null; updateCurators?: null; contribute?: null; curate?: null; retire?: null; registerModel?: null; recordTraining?: null; recordUsage?: null; claim?: null; stake: ledger.v1.Stake.$Shape; unstake?: null; evidence?: null }|{ payload?: "unstake"; transfer?: null; createDatanet?: null; updateCurators?: null; contribute?: null; curate?: null; retire?: null; registerModel?: null; recordTraining?: null; recordUsage?: null; claim?: null; stake?: null; unstake: ledger.v1.Unstake.$Shape; evidence?: null }|{ payload?: "evidence"; transfer?: null; createDatanet?: null; updateCurators?: null; contribute?: null; curate?: null; retire?: null; registerModel?: null; recordTraining?: null; recordUsage?: null; claim?: null; stake?: null; unstake?: null; evidence: ledger.v1.Evidence.$Shape })
            );
        }

        interface ITransfer extends ledger.v1.Transfer.$Properties {
        }

        class Transfer {
            constructor(properties?: ledger.v1.Transfer.$Properties);
            $unknowns?: Uint8Array[];
            to: Uint8Array;
            amount: Long;
            static encode(message: ledger.v1.Transfer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Transfer & ledger.v1.Transfer.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Transfer;
            static toObject(message: ledger.v1.Transfer, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Transfer {
            interface $Properties {
                to?: (Uint8Array|null);
                amount?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Transfer.$Properties;
        }

        interface ICreateDatanet extends ledger.v1.CreateDatanet.$Properties {
        }

        class CreateDatanet {
            constructor(properties?: ledger.v1.CreateDatanet.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            description: string;
            licenseUri: string;
            curators: Uint8Array[];
            contributionStake: Long;
            challengeBlocks: Long;
            autoAccept: boolean;
            static encode(message: ledger.v1.CreateDatanet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.CreateDatanet & ledger.v1.CreateDatanet.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.CreateDatanet;
            static toObject(message: ledger.v1.CreateDatanet, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CreateDatanet {
            interface $Properties {
                name?: (string|null);
                description?: (string|null);
                licenseUri?: (string|null);
                curators?: (Uint8Array[]|null);
                contributionStake?: (Long|null);
                challengeBlocks?: (Long|null);
                autoAccept?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.CreateDatanet.$Properties;
        }

        interface IUpdateCurators extends ledger.v1.UpdateCurators.$Properties {
        }

        class UpdateCurators {
            constructor(properties?: ledger.v1.UpdateCurators.$Properties);
            $unknowns?: Uint8Array[];
            datanetId: Uint8Array;
            curators: Uint8Array[];
            static encode(message: ledger.v1.UpdateCurators.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.UpdateCurators & ledger.v1.UpdateCurators.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.UpdateCurators;
            static toObject(message: ledger.v1.UpdateCurators, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace UpdateCurators {
            interface $Properties {
                datanetId?: (Uint8Array|null);
                curators?: (Uint8Array[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.UpdateCurators.$Properties;
        }

        interface IContribute extends ledger.v1.Contribute.$Properties {
        }

        class Contribute {
            constructor(properties?: ledger.v1.Contribute.$Properties);
            $unknowns?: Uint8Array[];
            datanetId: Uint8Array;
            contentHash: Uint8Array;
            sizeBytes: Long;
            sketch: Uint8Array;
            uri: string;
            static encode(message: ledger.v1.Contribute.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Contribute & ledger.v1.Contribute.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Contribute;
            static toObject(message: ledger.v1.Contribute, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Contribute {
            interface $Properties {
                datanetId?: (Uint8Array|null);
                contentHash?: (Uint8Array|null);
                sizeBytes?: (Long|null);
                sketch?: (Uint8Array|null);
                uri?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Contribute.$Properties;
        }

        enum Verdict {
            VERDICT_UNSPECIFIED = 0,
            VERDICT_ACCEPT = 1,
            VERDICT_REJECT = 2
        }

        interface ICurate extends ledger.v1.Curate.$Properties {
        }

        class Curate {
            constructor(properties?: ledger.v1.Curate.$Properties);
            $unknowns?: Uint8Array[];
            contributionId: Uint8Array;
            verdict: ledger.v1.Verdict;
            reason: string;
            static encode(message: ledger.v1.Curate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Curate & ledger.v1.Curate.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Curate;
            static toObject(message: ledger.v1.Curate, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Curate {
            interface $Properties {
                contributionId?: (Uint8Array|null);
                verdict?: (ledger.v1.Verdict|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Curate.$Properties;
        }

        interface IRetire extends ledger.v1.Retire.$Properties {
        }

        class Retire {
            constructor(properties?: ledger.v1.Retire.$Properties);
            $unknowns?: Uint8Array[];
            contributionId: Uint8Array;
            static encode(message: ledger.v1.Retire.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Retire & ledger.v1.Retire.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Retire;
            static toObject(message: ledger.v1.Retire, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Retire {
            interface $Properties {
                contributionId?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Retire.$Properties;
        }

        interface IRegisterModel extends ledger.v1.RegisterModel.$Properties {
        }

        class RegisterModel {
            constructor(properties?: ledger.v1.RegisterModel.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            ownerShareBps: number;
            metadataUri: string;
            static encode(message: ledger.v1.RegisterModel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.RegisterModel & ledger.v1.RegisterModel.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.RegisterModel;
            static toObject(message: ledger.v1.RegisterModel, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RegisterModel {
            interface $Properties {
                name?: (string|null);
                ownerShareBps?: (number|null);
                metadataUri?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.RegisterModel.$Properties;
        }

        interface IDatanetWeight extends ledger.v1.DatanetWeight.$Properties {
        }

        class DatanetWeight {
            constructor(properties?: ledger.v1.DatanetWeight.$Properties);
            $unknowns?: Uint8Array[];
            datanetId: Uint8Array;
            weightBps: number;
            static encode(message: ledger.v1.DatanetWeight.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.DatanetWeight & ledger.v1.DatanetWeight.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.DatanetWeight;
            static toObject(message: ledger.v1.DatanetWeight, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace DatanetWeight {
            interface $Properties {
                datanetId?: (Uint8Array|null);
                weightBps?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.DatanetWeight.$Properties;
        }

        interface IRecordTraining extends ledger.v1.RecordTraining.$Properties {
        }

        class RecordTraining {
            constructor(properties?: ledger.v1.RecordTraining.$Properties);
            $unknowns?: Uint8Array[];
            modelId: Uint8Array;
            datanets: ledger.v1.DatanetWeight.$Properties[];
            artifactHash: Uint8Array;
            cutoffHeight: Long;
            static encode(message: ledger.v1.RecordTraining.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.RecordTraining & ledger.v1.RecordTraining.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.RecordTraining;
            static toObject(message: ledger.v1.RecordTraining, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RecordTraining {
            interface $Properties {
                modelId?: (Uint8Array|null);
                datanets?: (ledger.v1.DatanetWeight.$Properties[]|null);
                artifactHash?: (Uint8Array|null);
                cutoffHeight?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.RecordTraining.$Properties;
        }

        interface IContributionScore extends ledger.v1.ContributionScore.$Properties {
        }

        class ContributionScore {
            constructor(properties?: ledger.v1.ContributionScore.$Properties);
            $unknowns?: Uint8Array[];
            contributionId: Uint8Array;
            score: Long;
            static encode(message: ledger.v1.ContributionScore.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.ContributionScore & ledger.v1.ContributionScore.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.ContributionScore;
            static toObject(message: ledger.v1.ContributionScore, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContributionScore {
            interface $Properties {
                contributionId?: (Uint8Array|null);
                score?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.ContributionScore.$Properties;
        }

        interface IRecordUsage extends ledger.v1.RecordUsage.$Properties {
        }

        class RecordUsage {
            constructor(properties?: ledger.v1.RecordUsage.$Properties);
            $unknowns?: Uint8Array[];
            modelId: Uint8Array;
            version: number;
            feePaid: Long;
            outputSketch: Uint8Array;
            scores: ledger.v1.ContributionScore.$Properties[];
            static encode(message: ledger.v1.RecordUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.RecordUsage & ledger.v1.RecordUsage.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.RecordUsage;
            static toObject(message: ledger.v1.RecordUsage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RecordUsage {
            interface $Properties {
                modelId?: (Uint8Array|null);
                version?: (number|null);
                feePaid?: (Long|null);
                outputSketch?: (Uint8Array|null);
                scores?: (ledger.v1.ContributionScore.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.RecordUsage.$Properties;
        }

        interface IClaimEntry extends ledger.v1.ClaimEntry.$Properties {
        }

        class ClaimEntry {
            constructor(properties?: ledger.v1.ClaimEntry.$Properties);
            $unknowns?: Uint8Array[];
            poolId: Uint8Array;
            contributionId: Uint8Array;
            static encode(message: ledger.v1.ClaimEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.ClaimEntry & ledger.v1.ClaimEntry.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.ClaimEntry;
            static toObject(message: ledger.v1.ClaimEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ClaimEntry {
            interface $Properties {
                poolId?: (Uint8Array|null);
                contributionId?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.ClaimEntry.$Properties;
        }

        interface IClaim extends ledger.v1.Claim.$Properties {
        }

        class Claim {
            constructor(properties?: ledger.v1.Claim.$Properties);
            $unknowns?: Uint8Array[];
            entries: ledger.v1.ClaimEntry.$Properties[];
            static encode(message: ledger.v1.Claim.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Claim & ledger.v1.Claim.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Claim;
            static toObject(message: ledger.v1.Claim, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Claim {
            interface $Properties {
                entries?: (ledger.v1.ClaimEntry.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Claim.$Properties;
        }

        interface IStake extends ledger.v1.Stake.$Properties {
        }

        class Stake {
            constructor(properties?: ledger.v1.Stake.$Properties);
            $unknowns?: Uint8Array[];
            amount: Long;
            consensusKey: Uint8Array;
            possessionProof: Uint8Array;
            static encode(message: ledger.v1.Stake.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Stake & ledger.v1.Stake.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Stake;
            static toObject(message: ledger.v1.Stake, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Stake {
            interface $Properties {
                amount?: (Long|null);
                consensusKey?: (Uint8Array|null);
                possessionProof?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Stake.$Properties;
        }

        interface IPossessionProof extends ledger.v1.PossessionProof.$Properties {
        }

        class PossessionProof {
            constructor(properties?: ledger.v1.PossessionProof.$Properties);
            $unknowns?: Uint8Array[];
            chainId: string;
            operator: Uint8Array;
            static encode(message: ledger.v1.PossessionProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.PossessionProof & ledger.v1.PossessionProof.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.PossessionProof;
            static toObject(message: ledger.v1.PossessionProof, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace PossessionProof {
            interface $Properties {
                chainId?: (string|null);
                operator?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.PossessionProof.$Properties;
        }

        interface IUnstake extends ledger.v1.Unstake.$Properties {
        }

        class Unstake {
            constructor(properties?: ledger.v1.Unstake.$Properties);
            $unknowns?: Uint8Array[];
            amount: Long;
            static encode(message: ledger.v1.Unstake.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Unstake & ledger.v1.Unstake.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Unstake;
            static toObject(message: ledger.v1.Unstake, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Unstake {
            interface $Properties {
                amount?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Unstake.$Properties;
        }

        interface IEvidence extends ledger.v1.Evidence.$Properties {
        }

        class Evidence {
            constructor(properties?: ledger.v1.Evidence.$Properties);
            $unknowns?: Uint8Array[];
            voteA?: (ledger.v1.SignedVote.$Properties|null);
            voteB?: (ledger.v1.SignedVote.$Properties|null);
            static encode(message: ledger.v1.Evidence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.Evidence & ledger.v1.Evidence.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.Evidence;
            static toObject(message: ledger.v1.Evidence, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Evidence {
            interface $Properties {
                voteA?: (ledger.v1.SignedVote.$Properties|null);
                voteB?: (ledger.v1.SignedVote.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.Evidence.$Properties;
        }

        interface IWalTimeout extends ledger.v1.WalTimeout.$Properties {
        }

        class WalTimeout {
            constructor(properties?: ledger.v1.WalTimeout.$Properties);
            $unknowns?: Uint8Array[];
            height: Long;
            round: number;
            step: number;
            static encode(message: ledger.v1.WalTimeout.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.WalTimeout & ledger.v1.WalTimeout.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.WalTimeout;
            static toObject(message: ledger.v1.WalTimeout, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WalTimeout {
            interface $Properties {
                height?: (Long|null);
                round?: (number|null);
                step?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.WalTimeout.$Properties;
        }

        interface IWalRound extends ledger.v1.WalRound.$Properties {
        }

        class WalRound {
            constructor(properties?: ledger.v1.WalRound.$Properties);
            $unknowns?: Uint8Array[];
            height: Long;
            round: number;
            static encode(message: ledger.v1.WalRound.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.WalRound & ledger.v1.WalRound.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.WalRound;
            static toObject(message: ledger.v1.WalRound, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WalRound {
            interface $Properties {
                height?: (Long|null);
                round?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.WalRound.$Properties;
        }

        interface IWalValidated extends ledger.v1.WalValidated.$Properties {
        }

        class WalValidated {
            constructor(properties?: ledger.v1.WalValidated.$Properties);
            $unknowns?: Uint8Array[];
            height: Long;
            round: number;
            blockHash: Uint8Array;
            valid: boolean;
            static encode(message: ledger.v1.WalValidated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.WalValidated & ledger.v1.WalValidated.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.WalValidated;
            static toObject(message: ledger.v1.WalValidated, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WalValidated {
            interface $Properties {
                height?: (Long|null);
                round?: (number|null);
                blockHash?: (Uint8Array|null);
                valid?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ledger.v1.WalValidated.$Properties;
        }

        interface IWalRecord extends ledger.v1.WalRecord.$Properties {
        }

        class WalRecord {
            constructor(properties?: ledger.v1.WalRecord.$Properties);
            $unknowns?: Uint8Array[];
            message?: (ledger.v1.ConsensusMessage.$Properties|null);
            timeout?: (ledger.v1.WalTimeout.$Properties|null);
            round?: (ledger.v1.WalRound.$Properties|null);
            validated?: (ledger.v1.WalValidated.$Properties|null);
            record?: ("message"|"timeout"|"round"|"validated");
            static encode(message: ledger.v1.WalRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ledger.v1.WalRecord & ledger.v1.WalRecord.$Shape;
            static fromObject(object: { [k: string]: any }): ledger.v1.WalRecord;
            static toObject(message: ledger.v1.WalRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WalRecord {
            interface $Properties {
                message?: (ledger.v1.ConsensusMessage.$Properties|null);
                timeout?: (ledger.v1.WalTimeout.$Properties|null);
                round?: (ledger.v1.WalRound.$Properties|null);
                validated?: (ledger.v1.WalValidated.$Properties|null);
                record?: ("message"|"timeout"|"round"|"validated");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              message?: ledger.v1.ConsensusMessage.$Shape|null;
              timeout?: ledger.v1.WalTimeout.$Shape|null;
              round?: ledger.v1.WalRound.$Shape|null;
              validated?: ledger.v1.WalValidated.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ record?: undefined; message?: null; timeout?: null; round?: null; validated?: null }|{ record?: "message"; message: ledger.v1.ConsensusMessage.$Shape; timeout?: null; round?: null; validated?: null }|{ record?: "timeout"; message?: null; timeout: ledger.v1.WalTimeout.$Shape; round?: null; validated?: null }|{ record?: "round"; message?: null; timeout?: null; round: ledger.v1.WalRound.$Shape; validated?: null }|{ record?: "validated"; message?: null; timeout?: null; round?: null; validated: ledger.v1.WalValidated.$Shape })
            );
        }
    }
}
